package cn.sgz.infra.deadline;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Deadlines and the projects' policies (the sweep's one statement is in {@link DeadlineSweep}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeadlineRepository extends GenericRepository<DeadlineRow, UUID> {

    @Introspected
    record PolicyRow(String kind, String mode, int amount, BigDecimal warnShare) {}

    DeadlineRow save(DeadlineRow row);

    @Query("""
            SELECT id, project_id, station_id, subject_type, subject_id, kind, state, started_at, warn_at, due_at,
                   warned_at, ended_at
            FROM deadline WHERE id = :id""")
    Optional<DeadlineView> find(UUID id);

    @Query("""
            SELECT id, project_id, station_id, subject_type, subject_id, kind, state, started_at, warn_at, due_at,
                   warned_at, ended_at
            FROM deadline WHERE subject_type = :subjectType AND subject_id = :subjectId ORDER BY started_at, id""")
    List<DeadlineView> ofSubject(String subjectType, String subjectId);

    @Query("""
            SELECT id, project_id, station_id, subject_type, subject_id, kind, state, started_at, warn_at, due_at,
                   warned_at, ended_at
            FROM deadline WHERE subject_type = :subjectType AND subject_id IN (:subjectIds) ORDER BY started_at, id""")
    List<DeadlineView> ofSubjects(String subjectType, java.util.Collection<String> subjectIds);

    /** How many of a subject type's deadlines started in the period, per station, kind and state. */
    @Query("""
            SELECT station_id, kind, state, count(*)::int AS deadlines FROM deadline
            WHERE subject_type = :subjectType AND station_id IN (:stationIds)
              AND started_at >= :from AND started_at < :to
            GROUP BY station_id, kind, state""")
    List<DeadlineTally> tally(String subjectType, java.util.Collection<UUID> stationIds, Instant from, Instant to);

    /** 0 when the deadline is no longer open (met, breached or cancelled before). */
    @Query("UPDATE deadline SET state = :state, ended_at = :at, next_at = NULL WHERE id = :id AND state = 'OPEN'")
    long end(UUID id, String state, Instant at);

    @Query("SELECT kind, mode, amount, warn_share FROM deadline_policy WHERE project_id = :projectId ORDER BY kind")
    List<PolicyRow> policies(UUID projectId);

    @Query("""
            INSERT INTO deadline_policy (project_id, kind, mode, amount, warn_share)
            VALUES (:projectId, :kind, :mode, :amount, :warnShare)
            ON CONFLICT (project_id, kind) DO UPDATE
            SET mode = excluded.mode, amount = excluded.amount, warn_share = excluded.warn_share""")
    long setPolicy(UUID projectId, String kind, String mode, int amount, BigDecimal warnShare);
}
