package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.error.SqlStates;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.infra.testing.ScopeFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit log names the caller as actor, and admins can check every chain against its head. */
@MicronautTest(transactional = false)
class AuditApiTest extends ApiTest {
    @Inject
    TransactionOperations<Connection> transactions;

    static final String CHECK = "{ auditChainIntact { intact chains events brokenChains } }";

    @Test
    void onlyAdminsCheckTheChains() {
        assertThat(gql.post(world.token("workerA1"), CHECK).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(gql.post(world.token("viewerA"), CHECK).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(gql.post(null, CHECK).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aTamperedEventBreaksItsChainAndOnlyThat() throws SQLException {
        var admin = world.admin();
        // a bureau of its own, so the shared world's stations stay as they are
        var bureau = gql.create(admin, "createBureau", "{name: \"核对局" + world.tag + "\", regionCode: \"411000\"}");
        var project = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"审计核对\", agencyName: \"核对机构\", year: 2026}");
        var station = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"核对站\", kind: TOWN, regionCode: \"411082001\"}");
        var before = gql.post(admin, CHECK).ok();
        assertThat((List<String>) before.data("auditChainIntact.brokenChains")).doesNotContain(station);
        assertThat(OwnerConnection.tamperWithAudit(
                        "UPDATE audit_event SET changes = '{\"forged\": true}' WHERE station_id = '" + station + "'"))
                .isEqualTo(1);
        var after = gql.post(admin, CHECK).ok();
        assertThat((Boolean) after.data("auditChainIntact.intact")).isFalse();
        assertThat((List<String>) after.data("auditChainIntact.brokenChains")).containsExactly(station);
        assertThat((Integer) after.data("auditChainIntact.chains")).isGreaterThan(1);
    }

    @Test
    void noCallerCanWriteAnEventInAnotherUsersName() throws SQLException {
        var worker = ScopeFixture.stationWorker(UUID.randomUUID(), "forger", UUID.fromString(world.a1));
        var insert = "INSERT INTO audit_event (actor_id, station_id, action, subject_type, subject_id)"
                + " VALUES (?, NULL, 'FORGED', 'Station', 'x')";
        assertThat(insertAs(worker, insert, UUID.randomUUID())).isEqualTo(SqlStates.INSUFFICIENT_PRIVILEGE);
        assertThat(insertAs(worker, insert, Scope.SYSTEM_USER)).isEqualTo(SqlStates.INSUFFICIENT_PRIVILEGE);
        assertThat(insertAs(null, insert, UUID.randomUUID())).isEqualTo(SqlStates.INSUFFICIENT_PRIVILEGE);
        assertThat(insertAs(worker, insert, worker.userId())).isNull();
    }

    /** The SQL state of the refusal, or null when the row was accepted (and rolled back). */
    private String insertAs(Scope scope, String sql, UUID actor) {
        java.util.concurrent.Callable<String> attempt = () -> {
            try {
                transactions.executeWrite(status -> {
                    try (var statement = status.getConnection().prepareStatement(sql)) {
                        statement.setObject(1, actor);
                        statement.executeUpdate();
                    }
                    status.setRollbackOnly();
                    return null;
                });
                return null;
            } catch (Exception e) { // executeWrite rethrows the driver's SQLException as it is
                return SqlStates.of(e);
            }
        };
        try {
            return scope == null ? attempt.call() : Tenancy.callAs(scope, attempt::call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
