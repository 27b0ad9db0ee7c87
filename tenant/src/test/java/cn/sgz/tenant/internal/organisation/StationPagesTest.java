package cn.sgz.tenant.internal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.testing.TenantModuleTest;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every shape of a station page reads what it should, and PostgreSQL plans each of them once per
 * connection: after its first executions it runs the statement's generic plan instead of planning
 * it again each time (which a parameter that switches a condition off prevents).
 */
@MicronautTest(transactional = false)
class StationPagesTest extends TenantModuleTest {
    /** pgjdbc prepares a statement on the server at its fifth use; PostgreSQL tries five custom plans. */
    private static final int EXECUTIONS = 15;
    /** How many custom plans PostgreSQL makes before it weighs the generic one. */
    private static final long CUSTOM_TRIES = 5;

    @Inject
    StationReads reads;

    @Inject
    ConnectionOperations<Connection> connections;

    @Inject
    JdbcOperations jdbc;

    @Test
    void everyShapeReadsItsPageAndRunsOnItsGenericPlan() {
        var a1 = world.a1().id();
        var a2 = world.a2().id();
        var plans = Tenancy.callAs(
                accounts.scopeOf(world.viewerA()),
                () -> connections.executeRead(status -> {
                    var everything = reads.page(null, null, 10);
                    assertThat(everything).extracting(s -> s.id()).containsExactlyInAnyOrder(a1, a2);
                    var first = everything.getFirst().id();
                    var second = everything.get(1).id();
                    var projectA = world.projectA().id();
                    var projectB = world.projectB().id();
                    // each shape many times in a row, as a busy service runs the one it is asked for most
                    List<Runnable> shapes = List.of(
                            () -> assertThat(reads.page(null, null, 10)).hasSize(2),
                            () -> assertThat(reads.page(null, first, 10))
                                    .extracting(s -> s.id())
                                    .containsExactly(second),
                            () -> assertThat(reads.page(projectA, null, 1)).hasSize(1),
                            () -> assertThat(reads.page(projectB, null, 10)).isEmpty(),
                            () -> assertThat(reads.page(projectA, first, 10))
                                    .extracting(s -> s.id())
                                    .containsExactly(second),
                            () -> assertThat(reads.pageWithProjects(null, null, 10))
                                    .hasSize(2)
                                    .allSatisfy(paged ->
                                            assertThat(paged.project().id()).isEqualTo(projectA)),
                            () -> assertThat(reads.pageWithProjects(null, first, 10))
                                    .hasSize(1),
                            () -> assertThat(reads.pageWithProjects(projectA, null, 10))
                                    .hasSize(2),
                            () -> assertThat(reads.pageWithProjects(projectB, first, 10))
                                    .isEmpty());
                    for (var shape : shapes) {
                        for (var run = 0; run < EXECUTIONS; run++) {
                            shape.run();
                        }
                    }
                    return pagePlans();
                }));
        assertThat(plans)
                .allSatisfy((statement, custom) -> assertThat(custom)
                        .as("custom plans (planned again for the values) of %s", statement)
                        .isLessThanOrEqualTo(CUSTOM_TRIES));
        assertThat(plans).as("one statement per shape").hasSize(8);
    }

    /** Each page statement this connection prepared, with how often PostgreSQL planned it for its values. */
    private Map<String, Long> pagePlans() {
        return jdbc.prepareStatement(
                "SELECT statement, custom_plans FROM pg_prepared_statements"
                        + " WHERE strpos(statement, 'CROSS JOIN ' || 'LATERAL') > 0",
                statement -> {
                    var plans = new HashMap<String, Long>();
                    try (var row = statement.executeQuery()) {
                        while (row.next()) {
                            plans.put(row.getString(1), row.getLong(2));
                        }
                    }
                    return plans;
                });
    }
}
