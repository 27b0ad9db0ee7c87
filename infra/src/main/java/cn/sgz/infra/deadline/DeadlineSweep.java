package cn.sgz.infra.deadline;

import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One sweep: claims the deadlines whose next moment has come, in batches, with {@code FOR UPDATE
 * SKIP LOCKED} (several nodes never take the same row), and in the same statement warns, breaches
 * and records each event. A warning or breach is recorded exactly once: the deadline's change and
 * its event commit together (UNIQUE per deadline and kind), so a crash loses or repeats nothing.
 * A deadline already past due when first looked at is breached without a warning. Plain JDBC
 * because the statement is one data-modifying CTE returning the events.
 */
@Singleton
public class DeadlineSweep {
    static final String CLAIM = """
            WITH due AS (
                SELECT id FROM deadline WHERE next_at <= ? ORDER BY next_at LIMIT ? FOR UPDATE SKIP LOCKED
            ), breached AS (
                UPDATE deadline d SET state = 'BREACHED', ended_at = ?, next_at = NULL
                FROM due WHERE d.id = due.id AND d.due_at <= ?
                RETURNING d.id, d.project_id, d.station_id, d.subject_type, d.subject_id, d.kind
            ), warned AS (
                UPDATE deadline d SET warned_at = ?, next_at = d.due_at
                FROM due WHERE d.id = due.id AND d.due_at > ?
                RETURNING d.id, d.project_id, d.station_id, d.subject_type, d.subject_id, d.kind
            ), reached AS (
                SELECT *, 'BREACH' AS event FROM breached UNION ALL SELECT *, 'WARNING' FROM warned
            )
            INSERT INTO deadline_event (id, deadline_id, project_id, station_id, subject_type, subject_id,
                                        deadline_kind, kind, at)
            SELECT gen_random_uuid(), id, project_id, station_id, subject_type, subject_id, kind, event, ?
            FROM reached
            RETURNING id, deadline_id, kind, project_id, station_id, subject_type, subject_id, deadline_kind, at""";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<DeadlinesReached> publisher;
    private final int batch;

    DeadlineSweep(
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            ApplicationEventPublisher<DeadlinesReached> publisher,
            @Value("${sgz.deadlines.batch:500}") int batch) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.publisher = publisher;
        this.batch = batch;
    }

    /** Sweeps everything due at {@code now}, batch after batch; returns the events recorded. */
    public List<DeadlineReached> sweep(Instant now) {
        var all = new ArrayList<DeadlineReached>();
        List<DeadlineReached> reached;
        do {
            reached = Tenancy.callAs(Scope.system(), () -> transactions.executeWrite(status -> claim(now, batch)));
            if (!reached.isEmpty()) {
                publisher.publishEvent(new DeadlinesReached(reached));
            }
            all.addAll(reached);
        } while (reached.size() == batch);
        return all;
    }

    /** One batch, in the caller's transaction. */
    List<DeadlineReached> claim(Instant now, int limit) {
        return jdbc.prepareStatement(CLAIM, statement -> {
            var at = Timestamp.from(now);
            statement.setTimestamp(1, at);
            statement.setInt(2, limit);
            for (int i = 3; i <= 7; i++) {
                statement.setTimestamp(i, at);
            }
            var events = new ArrayList<DeadlineReached>();
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    events.add(new DeadlineReached(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            DeadlineReached.Kind.valueOf(row.getString(3)),
                            row.getObject(4, UUID.class),
                            row.getObject(5, UUID.class),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8),
                            row.getTimestamp(9).toInstant()));
                }
            }
            return events;
        });
    }
}
