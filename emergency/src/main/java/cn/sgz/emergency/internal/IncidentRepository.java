package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Incidents (突发事件) and what was used for them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IncidentRepository extends GenericRepository<IncidentRow, UUID> {

    IncidentRow save(IncidentRow row);

    @Query("SELECT * FROM incident WHERE id = :id")
    Optional<IncidentRow> find(UUID id);

    @Query("SELECT * FROM incident WHERE id IN (:ids)")
    List<IncidentRow> findAll(Collection<UUID> ids);

    @Query("""
            UPDATE incident SET status = 'RESPONDED', measures = :measures, responded_at = :at, version = version + 1
            WHERE id = :id AND version = :version AND status = 'OPEN'""")
    long respond(UUID id, int version, String measures, Instant at);

    @Query("""
            UPDATE incident SET status = 'REVIEWED', review = :review, reviewed_at = :at, version = version + 1
            WHERE id = :id AND version = :version AND status = 'RESPONDED'""")
    long review(UUID id, int version, String review, Instant at);

    @Query("""
            SELECT * FROM incident
            WHERE project_id = :projectId
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (occurred_at, id) < (:afterAt, :afterId))
            ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
    List<IncidentRow> page(UUID projectId, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("SELECT * FROM stock_movement WHERE incident_id IN (:incidentIds) AND kind = 'USE' ORDER BY at, id")
    List<MovementRow> uses(Collection<UUID> incidentIds);
}
