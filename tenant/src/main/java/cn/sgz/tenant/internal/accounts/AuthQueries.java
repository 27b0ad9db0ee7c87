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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
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
                        ids(row.getArray("managed_projects")),
                        projectsByRole(row.getArray("role_projects")));
            }
        });
    }

    /** 'ROLE:project id' pairs, as auth_scope returns them. */
    private static Map<Role, Set<UUID>> projectsByRole(Array pairs) throws SQLException {
        var byRole = new EnumMap<Role, Set<UUID>>(Role.class);
        for (var pair : (String[]) pairs.getArray()) {
            var parts = pair.split(":", 2);
            byRole.computeIfAbsent(Role.valueOf(parts[0]), role -> new HashSet<>())
                    .add(UUID.fromString(parts[1]));
        }
        return byRole;
    }

    /** A live refresh token as it was redeemed. */
    record Redeemed(UUID userId, UUID familyId, Instant sessionStartedAt) {}

    /** Revokes a live refresh token and tells whose it was; a second redemption finds nothing. */
    Optional<Redeemed> redeem(byte[] tokenHash, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE refresh_token SET revoked_at = ?
                WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?
                RETURNING user_id, family_id, session_started_at""", statement -> {
            var at = Timestamp.from(now);
            statement.setTimestamp(1, at);
            statement.setBytes(2, tokenHash);
            statement.setTimestamp(3, at);
            try (var row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new Redeemed(
                                row.getObject(1, UUID.class),
                                row.getObject(2, UUID.class),
                                row.getTimestamp(3).toInstant()))
                        : Optional.empty();
            }
        });
    }

    /** Revokes every live token of the token's session (of this owner only, when one is named). */
    int revokeFamily(byte[] tokenHash, UUID owner, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE refresh_token SET revoked_at = ?
                WHERE revoked_at IS NULL AND family_id = (
                    SELECT family_id FROM refresh_token
                    WHERE token_hash = ? AND (CAST(? AS uuid) IS NULL OR user_id = ?))""", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setBytes(2, tokenHash);
            statement.setObject(3, owner);
            statement.setObject(4, owner);
            return statement.executeUpdate();
        });
    }

    private static Set<UUID> ids(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
