package cn.sgz.infra.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sgz.infra.testing.RealServers;
import cn.sgz.infra.testing.ScopeFixture;
import cn.sgz.infra.testing.TestServers;
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

    @Inject
    javax.sql.DataSource dataSource;

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
    void aConnectionGoesBackToThePoolWithoutAnyScope() throws SQLException {
        Tenancy.callAs(worker(stationA), () -> setting("app.read_stations"));
        // an unscoped borrow writes nothing, so it reads what the pooled connection itself holds
        for (var name : new String[] {"app.user_id", "app.read_stations", "app.write_stations", "app.projects"}) {
            assertThat(setting(name)).as(name).isEmpty();
        }
    }

    @Test
    void theScopeIsClearedOnTheWayBackNotOnlyAtTheNextBorrow() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            var during = Tenancy.callAs(worker(stationA), () -> {
                try (var borrowed = scoped.getConnection();
                        var statement = borrowed.createStatement();
                        var row = statement.executeQuery("SELECT current_setting('app.read_stations', true)")) {
                    row.next();
                    return row.getString(1);
                }
            });
            assertThat(during).isEqualTo("{" + stationA + "}");
            assertThat(setting(physical, "app.read_stations")).isEmpty();
        }
    }

    @Test
    void aReadInAutocommitCarriesTheScopeInItsOwnStatementAndLeavesNoneBehind() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            var seen = Tenancy.callAs(worker(stationA), () -> {
                try (var borrowed = scoped.getConnection();
                        var statement = borrowed.prepareStatement("SELECT current_setting(?, true), ?::int")) {
                    statement.setString(1, "app.read_stations");
                    statement.setInt(2, 7);
                    try (var row = statement.executeQuery()) {
                        row.next();
                        // still borrowed: the scope has already gone with the statement
                        var seenThen =
                                row.getString(1) + " " + row.getInt(2) + " " + setting(physical, "app.read_stations");
                        assertThat(statement.getMoreResults()).isFalse();
                        return seenThen;
                    }
                }
            });
            assertThat(seen).isEqualTo("{" + stationA + "} 7 ");
        }
    }

    /**
     * Dates, ids and nulls among the parameters, and past the fifth use, at which the driver
     * prepares the statement on the server. From then on the scope's statement and the query no
     * longer run in one implicit transaction, so a scope written for that transaction alone
     * ({@code set_config(…, true)}, tried in session 14 to save the clearing statement) is gone
     * before the query runs: this test then sees an empty scope from the sixth run on.
     */
    @Test
    void aReadSeesTheScopeWhateverItsParametersAndHowOftenItRuns() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            var seen = Tenancy.callAs(worker(stationA), () -> {
                var each = new java.util.ArrayList<String>();
                try (var borrowed = scoped.getConnection()) {
                    for (var run = 0; run < 8; run++) {
                        try (var statement = borrowed.prepareStatement(
                                "SELECT current_setting('app.read_stations', true) WHERE ? IS NOT NULL"
                                        + " AND CAST(? AS uuid) IS NULL AND ? = ?")) {
                            statement.setObject(1, java.time.LocalDate.of(2024, 8, 3));
                            statement.setObject(2, null);
                            statement.setObject(3, stationB);
                            statement.setObject(4, stationB);
                            try (var row = statement.executeQuery()) {
                                each.add(row.next() ? row.getString(1) : "no row");
                            }
                        }
                    }
                }
                return each;
            });
            assertThat(seen).hasSize(8).containsOnly("{" + stationA + "}");
            assertThat(setting(physical, "app.read_stations")).isEmpty();
        }
    }

    @Test
    void aTransactionCarriesTheScopeForItselfAloneAndTheNextOneAgain() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            var seen = Tenancy.callAs(worker(stationA), () -> {
                var during = new java.util.ArrayList<String>();
                try (var borrowed = scoped.getConnection()) {
                    borrowed.setAutoCommit(false);
                    during.add(setting(borrowed, "app.read_stations"));
                    borrowed.commit();
                    during.add(setting(physical, "app.read_stations")); // still borrowed, between transactions
                    during.add(setting(borrowed, "app.write_stations"));
                    borrowed.rollback();
                    during.add(setting(physical, "app.write_stations"));
                }
                return during;
            });
            assertThat(seen).containsExactly("{" + stationA + "}", "", "{" + stationA + "}", "");
            assertThat(physical.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aFailedReadInAutocommitLeavesNoScopeBehind() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            var failure = assertThrows(
                    SQLException.class,
                    () -> Tenancy.callAs(worker(stationA), () -> {
                        try (var borrowed = scoped.getConnection();
                                var statement = borrowed.prepareStatement(
                                        "SELECT current_setting('app.read_stations', true)::int");
                                var row = statement.executeQuery()) {
                            return row.next();
                        }
                    }));
            assertThat(failure.getMessage()).contains(stationA.toString()); // it ran with the scope
            assertThat(setting(physical, "app.read_stations")).isEmpty();
        }
    }

    @Test
    void onlyOneStatementThatReturnsRowsCarriesTheScopeItself() {
        assertThat(ScopedRead.applies("SELECT 1")).isTrue();
        assertThat(ScopedRead.applies("\n   select id FROM station")).isTrue();
        assertThat(ScopedRead.applies("WITH s AS (SELECT 1) SELECT * FROM s")).isTrue();
        assertThat(ScopedRead.applies("SELECT 1; SELECT 2")).isFalse();
        assertThat(ScopedRead.applies("UPDATE station SET name = 'x'")).isFalse();
        assertThat(ScopedRead.applies("/* a comment */ SELECT 1")).isFalse();
        assertThat(ScopedRead.applies("sel")).isFalse();
    }

    @Test
    void clearedParametersKeepTheScope() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            var seen = Tenancy.callAs(worker(stationA), () -> {
                try (var borrowed = scoped.getConnection();
                        var statement = borrowed.prepareStatement("SELECT current_setting(?, true)")) {
                    statement.setString(1, "app.user_id");
                    statement.clearParameters();
                    statement.setString(1, "app.read_stations");
                    try (var row = statement.executeQuery()) {
                        row.next();
                        return row.getString(1);
                    }
                }
            });
            assertThat(seen).isEqualTo("{" + stationA + "}");
        }
    }

    @Test
    void aReadPreparedInAutocommitIsNotRunInsideATransaction() throws Exception {
        try (var physical = physical()) {
            var scoped = scopedOver(physical);
            Tenancy.runAs(worker(stationA), () -> {
                try (var borrowed = scoped.getConnection();
                        var statement = borrowed.prepareStatement("SELECT 1")) {
                    borrowed.setAutoCommit(false);
                    assertThrows(SQLException.class, statement::executeQuery);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(physical.getAutoCommit()).isTrue();
            assertThat(setting(physical, "app.read_stations")).isEmpty();
        }
    }

    private static Connection physical() throws SQLException {
        var servers = TestServers.servers();
        return java.sql.DriverManager.getConnection(servers.jdbcUrl(), servers.appUser(), servers.appPassword());
    }

    /** The scoped pool over one physical connection, which it hands out at every borrow. */
    private static ScopedDataSource scopedOver(Connection physical) {
        return new ScopedDataSource(new FakePool(() -> keptOpen(physical)));
    }

    /** The pool's close keeps the physical connection open, as a real pool does. */
    private static Connection keptOpen(Connection physical) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, arguments) ->
                        method.getName().equals("close") ? null : method.invoke(physical, arguments));
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT current_setting(?, true)")) {
            statement.setString(1, name);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getString(1) == null ? "" : row.getString(1);
            }
        }
    }

    @Test
    void thePoolUnderneathIsNeverHandedOut() {
        assertThrows(SQLException.class, () -> dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class));
    }

    @Test
    void aConnectionStillInATransactionIsNotHandedOut() throws SQLException {
        var servers = TestServers.servers();
        var handedOut = new java.util.ArrayList<Connection>();
        var pool = new FakePool(() -> {
            var connection =
                    java.sql.DriverManager.getConnection(servers.jdbcUrl(), servers.appUser(), servers.appPassword());
            connection.setAutoCommit(handedOut.size() > 0); // the first one is left inside a transaction
            handedOut.add(connection);
            return connection;
        });
        try (var borrowed = new ScopedDataSource(pool).getConnection()) {
            assertThat(handedOut).hasSize(2);
            assertThat(handedOut.getFirst().isClosed()).isTrue();
            assertThat(borrowed.getAutoCommit()).isTrue();
        }
        assertThat(handedOut.get(1).isClosed()).isTrue();
    }

    /** A pool that only hands out what it is given, for the borrow rules alone. */
    private record FakePool(java.util.concurrent.Callable<Connection> next) implements javax.sql.DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            try {
                return next.call();
            } catch (SQLException e) {
                throw e;
            } catch (Exception e) {
                throw new SQLException(e);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
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
