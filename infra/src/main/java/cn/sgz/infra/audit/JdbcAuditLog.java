package cn.sgz.infra.audit;

import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Plain JDBC: infra holds no entities, and the one statement binds its changes as {@code jsonb}. */
@Singleton
class JdbcAuditLog implements AuditLog {
    private static final String INSERT = """
            INSERT INTO audit_event (actor_id, station_id, action, subject_type, subject_id, changes)
            VALUES (?, ?, ?, ?, ?, ?::jsonb)""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        var actor = Tenancy.current().map(Scope::userId).orElse(Scope.SYSTEM_USER);
        var changes = toJson(entry);
        jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, actor);
            if (entry.stationId() == null) {
                statement.setNull(2, Types.OTHER);
            } else {
                statement.setObject(2, entry.stationId());
            }
            statement.setString(3, entry.action());
            statement.setString(4, entry.subjectType());
            statement.setString(5, entry.subjectId());
            statement.setString(6, changes);
            return statement.executeUpdate();
        });
    }

    private String toJson(AuditEntry entry) {
        try {
            return json.writeValueAsString(entry.changes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public List<ChainCheck> checkChains() {
        Tenancy.requireAdmin();
        return jdbc.prepareStatement("SELECT chain_key, events, intact FROM audit_chains_check()", statement -> {
            var checks = new ArrayList<ChainCheck>();
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    checks.add(new ChainCheck(row.getObject(1, UUID.class), row.getLong(2), row.getBoolean(3)));
                }
            }
            return checks;
        });
    }
}
