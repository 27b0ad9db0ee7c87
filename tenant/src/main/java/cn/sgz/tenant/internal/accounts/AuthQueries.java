package cn.sgz.tenant.internal.accounts;

import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plain JDBC because a repository interface cannot say these: the scope function returns
 * PostgreSQL arrays, and the redemption reads the row its UPDATE … RETURNING touched.
 */
@Singleton
class AuthQueries {
    private final JdbcOperations jdbc;

    AuthQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Scope scope(UUID userId, String username) {
        return jdbc.prepareStatement("SELECT * FROM auth_scope(?)", statement -> {
            statement.setObject(1, userId);
            try (var row = statement.executeQuery()) {
                row.next();
                var roles = Arrays.stream((String[]) row.getArray("roles").getArray())
                        .map(Role::valueOf)
                        .collect(Collectors.toSet());
                return new Scope(
                        userId,
                        username,
                        roles,
                        ids(row.getArray("bureaus")),
                        ids(row.getArray("projects")),
                        ids(row.getArray("read_stations")),
                        ids(row.getArray("write_stations")),
                        ids(row.getArray("overseen_projects")),
                        ids(row.getArray("managed_projects")));
            }
        });
    }

    /** Revokes a live refresh token and tells whose it was; a second redemption finds nothing. */
    Optional<UUID> revokeRefreshToken(byte[] tokenHash, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE refresh_token SET revoked_at = ?
                WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
                RETURNING user_id""", statement -> {
            var at = Timestamp.from(now);
            statement.setTimestamp(1, at);
            statement.setBytes(2, tokenHash);
            statement.setTimestamp(3, at);
            try (var row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        });
    }

    private static Set<UUID> ids(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
