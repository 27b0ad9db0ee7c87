package cn.sgz.infra.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.deadline.Deadlines.NewDeadline;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sweeper on a real PostgreSQL: warnings and breaches exactly once, also when a sweep dies
 * before committing and when two sweepers run at once; nothing for deadlines met in time. Each
 * test sweeps at instants of its own, far apart, so the tests do not see each other's deadlines.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineSweepTest implements RealServers {
    @Inject
    Deadlines deadlines;

    @Inject
    DeadlineSweep sweep;

    @Inject
    TransactionOperations<Connection> transactions;

    private final UUID project = UUID.randomUUID();
    private final UUID station = UUID.randomUUID();

    @Test
    void aDeadlineWarnsOnceThenBreachesOnce() throws SQLException {
        var start = Instant.parse("2031-03-02T01:00:00Z");
        var deadline = open("EVALUATE", start); // 48 h, warning with 12 h left
        assertThat(sweep.sweep(start.plus(Duration.ofHours(35)))).isEmpty();
        var warned = sweep.sweep(start.plus(Duration.ofHours(36)));
        assertThat(warned).extracting(DeadlineReached::kind).containsExactly(DeadlineReached.Kind.WARNING);
        assertThat(sweep.sweep(start.plus(Duration.ofHours(37)))).isEmpty();
        var breached = sweep.sweep(start.plus(Duration.ofHours(48)));
        assertThat(breached).extracting(DeadlineReached::kind).containsExactly(DeadlineReached.Kind.BREACH);
        assertThat(breached.getFirst().deadlineId()).isEqualTo(deadline.id());
        assertThat(sweep.sweep(start.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(events(deadline.id())).isEqualTo(2);
        assertThat(Tenancy.callAs(Scope.system(), () -> deadlines.of("Feedback", deadline.subjectId()))
                        .getFirst()
                        .state())
                .isEqualTo("BREACHED");
    }

    @Test
    void aDeadlineMetInTimeNeverBreachesAndOneFoundLateBreachesWithoutAWarning() throws SQLException {
        var start = Instant.parse("2032-05-10T01:00:00Z");
        var met = open("EMERGENCY_RESPONSE", start);
        var late = open("EMERGENCY_RESPONSE", start);
        assertThat(Tenancy.callAs(Scope.system(), () -> deadlines.meet(met.id(), start.plus(Duration.ofHours(2)))))
                .isTrue();
        var reached = sweep.sweep(start.plus(Duration.ofDays(3)));
        assertThat(reached).extracting(DeadlineReached::deadlineId).containsExactly(late.id());
        assertThat(reached).extracting(DeadlineReached::kind).containsExactly(DeadlineReached.Kind.BREACH);
        assertThat(events(met.id())).isZero();
        assertThat(Tenancy.callAs(Scope.system(), () -> deadlines.meet(late.id(), start.plus(Duration.ofDays(4)))))
                .as("a breached deadline cannot be met afterwards")
                .isFalse();
    }

    @Test
    void aSweepThatDiesBeforeCommittingLeavesNothingAndTheNextRecordsExactlyOnce() throws SQLException {
        var start = Instant.parse("2033-07-01T01:00:00Z");
        var deadline = open("EMERGENCY_RESPONSE", start);
        var due = start.plus(Duration.ofHours(25));
        try {
            Tenancy.runAs(
                    Scope.system(),
                    () -> transactions.executeWrite(status -> {
                        assertThat(sweep.claim(due, 500)).isNotEmpty();
                        throw new IllegalStateException("the node dies here");
                    }));
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(events(deadline.id())).isZero();
        assertThat(sweep.sweep(due)).extracting(DeadlineReached::deadlineId).containsExactly(deadline.id());
        assertThat(sweep.sweep(due)).isEmpty();
        assertThat(events(deadline.id())).isEqualTo(1);
    }

    @Test
    void twoSweepersAtOnceNeverTakeTheSameDeadline() throws Exception {
        var start = Instant.parse("2034-01-09T01:00:00Z");
        for (int i = 0; i < 300; i++) {
            open("EMERGENCY_RESPONSE", start);
        }
        var due = start.plus(Duration.ofHours(25));
        Callable<List<DeadlineReached>> sweeper = () -> {
            var all = new ArrayList<DeadlineReached>();
            List<DeadlineReached> batch;
            do {
                batch = Tenancy.callAs(Scope.system(), () -> transactions.executeWrite(status -> sweep.claim(due, 20)));
                all.addAll(batch);
            } while (!batch.isEmpty());
            return all;
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(sweeper);
            var second = pool.submit(sweeper);
            var reached = new ArrayList<>(first.get());
            reached.addAll(second.get());
            assertThat(reached).hasSize(300);
            assertThat(reached.stream().map(DeadlineReached::deadlineId).distinct())
                    .hasSize(300);
        }
        assertThat(OwnerConnection.count("SELECT count(*) FROM deadline_event e JOIN deadline d ON d.id = e.deadline_id"
                        + " WHERE d.project_id = '" + project + "' AND d.started_at = '2034-01-09T01:00:00Z'"))
                .isEqualTo(300);
    }

    @Test
    void anotherStationSeesNoneOfThem() {
        var deadline = open("REPLY", Instant.parse("2035-02-01T01:00:00Z"));
        var stranger = ScopeFixture.stationWorker(UUID.randomUUID(), "x", UUID.randomUUID());
        assertThat(Tenancy.callAs(stranger, () -> deadlines.of("Feedback", deadline.subjectId())))
                .isEmpty();
        var worker = ScopeFixture.stationWorker(UUID.randomUUID(), "w", station);
        assertThat(Tenancy.callAs(worker, () -> deadlines.of("Feedback", deadline.subjectId())))
                .hasSize(1);
    }

    private DeadlineView open(String kind, Instant start) {
        var worker = ScopeFixture.stationWorker(UUID.randomUUID(), "w", station);
        return Tenancy.callAs(
                worker,
                () -> deadlines.open(new NewDeadline(
                        UUID.randomUUID(),
                        project,
                        station,
                        "Feedback",
                        UUID.randomUUID().toString(),
                        kind,
                        start)));
    }

    private static long events(UUID deadline) throws SQLException {
        return OwnerConnection.count("SELECT count(*) FROM deadline_event WHERE deadline_id = '" + deadline + "'");
    }
}
