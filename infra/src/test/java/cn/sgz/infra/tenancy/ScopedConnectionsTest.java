package cn.sgz.infra.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sgz.infra.testing.RealServers;
import cn.sgz.infra.testing.ScopeFixture;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** On a pool of one connection, so every borrow reuses the connection the last caller had. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "datasources.default.maximum-pool-size", value = "1")
class ScopedConnectionsTest implements RealServers {
    @Inject
    TransactionOperations<Connection> transactions;

    private final UUID stationA = UUID.randomUUID();
    private final UUID stationB = UUID.randomUUID();

    @Test
    void aBorrowedConnectionCarriesTheCallersScope() {
        var scope = worker(stationA);
        assertThat(Tenancy.callAs(scope, () -> setting("app.read_stations"))).isEqualTo("{" + stationA + "}");
        assertThat(Tenancy.callAs(scope, () -> setting("app.user_id")))
                .isEqualTo(scope.userId().toString());
        assertThat(Tenancy.callAs(scope, () -> setting("app.admin"))).isEmpty();
    }

    @Test
    void theNextBorrowerNeverInheritsTheScope() {
        Tenancy.callAs(worker(stationA), () -> setting("app.read_stations"));
        assertThat(setting("app.read_stations")).isEmpty();
        assertThat(Tenancy.callAs(worker(stationB), () -> setting("app.read_stations")))
                .isEqualTo("{" + stationB + "}");
    }

    @Test
    void aFailedTransactionLeavesNoScopeBehind() {
        assertThrows(
                RuntimeException.class,
                () -> Tenancy.runAs(
                        worker(stationA),
                        () -> transactions.executeWrite(status -> {
                            try (var statement = status.getConnection().createStatement()) {
                                statement.execute("SELECT 1 / 0");
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                            return null;
                        })));
        assertThat(setting("app.read_stations")).isEmpty();
    }

    @Test
    void virtualThreadsEachKeepTheirOwnScope() throws Exception {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var a = executor.submit(() -> Tenancy.callAs(worker(stationA), () -> setting("app.read_stations")));
            var b = executor.submit(() -> Tenancy.callAs(worker(stationB), () -> setting("app.read_stations")));
            assertThat(a.get()).isEqualTo("{" + stationA + "}");
            assertThat(b.get()).isEqualTo("{" + stationB + "}");
        }
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurity() {
        var flags = transactions.executeRead(status -> {
            try (var statement = status.getConnection().createStatement();
                    var row = statement.executeQuery(
                            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                row.next();
                return row.getBoolean(1) || row.getBoolean(2);
            }
        });
        assertThat(flags).isFalse();
    }

    private String setting(String name) {
        return transactions.executeRead(status -> {
            try (var statement = status.getConnection().prepareStatement("SELECT current_setting(?, true)")) {
                statement.setString(1, name);
                try (var row = statement.executeQuery()) {
                    row.next();
                    return row.getString(1) == null ? "" : row.getString(1);
                }
            }
        });
    }

    private static Scope worker(UUID station) {
        return ScopeFixture.stationWorker(UUID.randomUUID(), "worker", station);
    }
}
