package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.infra.testing.RealServers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database after every module's migrations: each table that holds {@code station_id} or
 * {@code project_id} has row-level security enabled and forced, and the standard policies written
 * from its declaration, unless the allow-list below says why it is guarded by hand.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowSecurityCatalogTest implements RealServers {
    /** Tables whose policies are written by hand, and why. */
    static final Map<String, String> HAND_WRITTEN = Map.of(
            "station", "the tenant itself: its id is the station, read by station or project, created by admins",
            "role_grant", "a user sees only its own grants, admins all; not station data",
            "audit_event", "append-only, insert by any caller, read by admins",
            "notification", "a user's own inbox: read and marked by its recipient, written by the system");

    static final String TENANT_TABLES = """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND NOT a.attisdropped
                          AND a.attname IN ('station_id', 'project_id'))
            ORDER BY c.relname""";

    @Test
    void everyTenantTableHasForcedRowLevelSecurity() throws SQLException {
        var unguarded = new ArrayList<String>();
        var tables = tenantTables(unguarded);
        assertThat(tables).contains("staff_member", "staff_assignment", "station");
        assertThat(unguarded)
                .as("tables without ENABLE + FORCE row-level security")
                .isEmpty();
    }

    @Test
    void everyTenantTableHasTheStandardPoliciesOrIsAllowListed() throws SQLException {
        var missing = new ArrayList<String>();
        for (var table : tenantTables(new ArrayList<>())) {
            if (HAND_WRITTEN.containsKey(table)) {
                continue;
            }
            if (count("SELECT count(*) FROM tenant_table WHERE table_name = '" + table + "'") != 1) {
                missing.add(table + " (not declared with app_tenant_table)");
            }
            for (var policy : List.of(table + "_read", table + "_write")) {
                if (count("SELECT count(*) FROM pg_policies WHERE tablename = '" + table + "' AND policyname = '"
                                + policy + "'")
                        != 1) {
                    missing.add(table + " (no policy " + policy + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theStandardPoliciesFollowTheDeclaration() throws SQLException {
        assertThat(policy("staff_assignment_read"))
                .contains("app_read_stations()")
                .contains("app_overseen_projects()");
        assertThat(policy("staff_member_read"))
                .contains("app_overseen_projects()")
                .doesNotContain("app_read_stations()");
        assertThat(policy("training_session_read")).contains("app_projects()");
        assertThat(policy("staffing_rule_write")).contains("app_managed_projects()");
    }

    /**
     * The scope functions the policies and pages call run in every statement. A SQL function is
     * inlined only when its body is one expression without a sub-select; otherwise PostgreSQL 17
     * parses and plans its body again in every statement that calls it (240 µs per station page,
     * measured). Such a function is written in PL/pgSQL, which keeps its plans for the session.
     */
    @Test
    void everyScopeFunctionIsInlinedOrKeepsItsPlans() throws SQLException {
        var replanned = new ArrayList<String>();
        try (var connection = OwnerConnection.open();
                var statement = connection.createStatement();
                var row = statement.executeQuery("""
                        SELECT p.proname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
                        WHERE p.pronamespace = current_schema()::text::regnamespace AND p.proname LIKE 'app\\_%'
                          AND l.lanname = 'sql' AND p.prosrc ~* '\\m(from|select)\\M.*\\m(from|select)\\M'
                        ORDER BY 1""")) {
            while (row.next()) {
                replanned.add(row.getString(1));
            }
        }
        assertThat(count("SELECT count(*) FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
                        + " WHERE p.proname = 'app_is_admin' AND l.lanname = 'sql'"))
                .as("the check sees the SQL scope functions")
                .isOne();
        assertThat(replanned).as("SQL scope functions with a sub-select").isEmpty();
    }

    @Test
    void aDeclarationThatDoesNotFitTheTableIsRefused() throws SQLException {
        try (var connection = OwnerConnection.open();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE catalog_no_tenant (id int)");
            statement.execute("CREATE TABLE catalog_project_only (project_id uuid)");
            try {
                assertThatThrownBy(() ->
                                statement.execute("CALL app_tenant_table('catalog_no_tenant', 'PROJECT', 'PROJECT')"))
                        .hasMessageContaining("needs a project_id column");
                assertThatThrownBy(() -> statement.execute(
                                "CALL app_tenant_table('catalog_project_only', 'STATION', 'PROJECT')"))
                        .hasMessageContaining("has no station_id column");
                assertThatThrownBy(() ->
                                statement.execute("CALL app_tenant_table('catalog_project_only', 'ANYONE', 'PROJECT')"))
                        .hasMessageContaining("unknown reach");
                assertThat(count("SELECT count(*) FROM tenant_table WHERE table_name LIKE 'catalog_%'"))
                        .isZero();
            } finally {
                statement.execute("DROP TABLE catalog_no_tenant, catalog_project_only");
            }
        }
    }

    private static List<String> tenantTables(List<String> unguarded) throws SQLException {
        var tables = new ArrayList<String>();
        try (var connection = OwnerConnection.open();
                var statement = connection.createStatement();
                var row = statement.executeQuery(TENANT_TABLES)) {
            while (row.next()) {
                tables.add(row.getString(1));
                if (!row.getBoolean(2) || !row.getBoolean(3)) {
                    unguarded.add(row.getString(1));
                }
            }
        }
        return tables;
    }

    private static String policy(String name) throws SQLException {
        try (var connection = OwnerConnection.open();
                var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT qual FROM pg_policies WHERE policyname = '" + name + "'")) {
            assertThat(row.next()).as("policy %s", name).isTrue();
            return row.getString(1);
        }
    }

    private static int count(String sql) throws SQLException {
        return OwnerConnection.count(sql);
    }
}
