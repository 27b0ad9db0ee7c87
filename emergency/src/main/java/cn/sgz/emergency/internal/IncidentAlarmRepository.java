package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The claim of the incidents' clock events the inbox is filled from, and what each notice says. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IncidentAlarmRepository extends GenericRepository<IncidentRow, UUID> {

    @Introspected
    record Reached(
            UUID eventId,
            String kind,
            Instant at,
            UUID projectId,
            UUID stationId,
            String subjectId,
            String place,
            UUID reportedBy,
            Instant dueAt) {}

    /** Takes up to {@code limit} events no node has taken yet; a concurrent claim of the same event waits and gets nothing. */
    @Query("""
            INSERT INTO incident_notified_event (event_id)
            SELECT e.id FROM deadline_event e
            WHERE e.subject_type = 'Incident'
              AND NOT EXISTS (SELECT 1 FROM incident_notified_event n WHERE n.event_id = e.id)
            ORDER BY e.at LIMIT :limit
            ON CONFLICT DO NOTHING RETURNING event_id""")
    List<UUID> claim(int limit);

    @Query("""
            SELECT e.id AS event_id, e.kind, e.at, i.project_id, i.station_id, e.subject_id, i.place, i.reported_by,
                   d.due_at
            FROM deadline_event e JOIN deadline d ON d.id = e.deadline_id
                 JOIN incident i ON i.id = CAST(e.subject_id AS uuid)
            WHERE e.id IN (:eventIds)""")
    List<Reached> reached(Collection<UUID> eventIds);
}
