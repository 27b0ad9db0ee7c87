package cn.sgz.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.error.SqlStates;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.infra.testing.RealServers;
import cn.sgz.infra.testing.ScopeFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogTest implements RealServers {
    @Inject
    AuditLog audit;

    @Inject
    TransactionOperations<Connection> transactions;

    private final UUID station = UUID.randomUUID();
    private final Scope worker = ScopeFixture.stationWorker(UUID.randomUUID(), "w", station);

    @Test
    void eventsOfAStationFormAnIntactChainNamingTheActor() throws SQLException {
        for (int i = 0; i < 3; i++) {
            var n = i;
            Tenancy.runAs(
                    worker, () -> audit.record(new AuditEntry("TEST", station, "Thing", "t" + n, Map.of("n", n))));
        }
        try (var owner = OwnerConnection.open();
                var statement = owner.prepareStatement(
                        "SELECT count(*), bool_and(actor_id = ?), audit_chain_intact(?) FROM audit_event WHERE chain_key = ?")) {
            statement.setObject(1, worker.userId());
            statement.setObject(2, station);
            statement.setObject(3, station);
            try (var row = statement.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(3);
                assertThat(row.getBoolean(2)).isTrue();
                assertThat(row.getBoolean(3)).isTrue();
            }
        }
    }

    @Test
    void anEventRollsBackWithItsTransaction() throws SQLException {
        var other = UUID.randomUUID();
        assertThatThrownBy(() -> Tenancy.runAs(
                        worker,
                        () -> transactions.executeWrite(status -> {
                            audit.record(new AuditEntry("TEST", other, "Thing", "x", Map.of()));
                            throw new IllegalStateException("the change failed");
                        })))
                .isInstanceOf(IllegalStateException.class);
        try (var owner = OwnerConnection.open();
                var statement = owner.prepareStatement("SELECT count(*) FROM audit_event WHERE station_id = ?")) {
            statement.setObject(1, other);
            try (var row = statement.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isZero();
            }
        }
    }

    @Test
    void theApplicationRoleCanNeitherUpdateNorDeleteEvents() {
        Tenancy.runAs(worker, () -> audit.record(new AuditEntry("TEST", station, "Thing", "u", Map.of())));
        for (var sql : new String[] {"UPDATE audit_event SET action = 'FORGED'", "DELETE FROM audit_event"}) {
            assertThatThrownBy(() -> Tenancy.runAs(
                            Scope.system(),
                            () -> transactions.executeWrite(status -> {
                                try (var statement = status.getConnection().createStatement()) {
                                    return statement.executeUpdate(sql);
                                }
                            })))
                    .satisfies(e -> assertThat(SqlStates.of(e)).isEqualTo(SqlStates.INSUFFICIENT_PRIVILEGE));
        }
    }

    @Test
    void tamperingBreaksTheChain() throws SQLException {
        var tampered = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            Tenancy.runAs(worker, () -> audit.record(new AuditEntry("TEST", tampered, "Thing", "v", Map.of())));
        }
        var changed = OwnerConnection.tamperWithAudit(
                "UPDATE audit_event SET action = 'FORGED' WHERE chain_key = '" + tampered + "' AND seq = 1");
        assertThat(changed).isEqualTo(1);
        try (var owner = OwnerConnection.open();
                var statement = owner.createStatement()) {
            try (var row = statement.executeQuery("SELECT audit_chain_intact('" + tampered + "')")) {
                row.next();
                assertThat(row.getBoolean(1)).isFalse();
            }
        }
    }
}
