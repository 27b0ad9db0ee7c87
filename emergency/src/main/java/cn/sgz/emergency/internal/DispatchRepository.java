package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Introspected;
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

/** Dispatches, what they ask for, and where the lead takes it from. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DispatchRepository extends GenericRepository<DispatchRow, UUID> {

    @Introspected
    record LineRow(UUID dispatchId, UUID resourceTypeId, int quantity) {}

    @Introspected
    record AllocationRow(UUID dispatchId, UUID stationId, UUID resourceTypeId, int quantity) {}

    DispatchRow save(DispatchRow row);

    @Query("SELECT * FROM dispatch WHERE id = :id")
    Optional<DispatchRow> find(UUID id);

    /** Moves the dispatch on from the status and version it was seen in; 0 when it has moved already. */
    @Query("""
            UPDATE dispatch SET status = :to, version = version + 1,
                decided_by = CASE WHEN :decides THEN :by ELSE decided_by END,
                decided_at = CASE WHEN :decides THEN :at ELSE decided_at END,
                closed_at = CASE WHEN :decides THEN closed_at ELSE :at END,
                reason = coalesce(:reason, reason)
            WHERE id = :id AND version = :version AND status = :from""")
    long advance(
            UUID id,
            int version,
            String from,
            String to,
            boolean decides,
            UUID by,
            Instant at,
            @Nullable String reason);

    @Query("""
            INSERT INTO dispatch_line (dispatch_id, project_id, station_id, resource_type_id, quantity)
            VALUES (:dispatchId, :projectId, :stationId, :typeId, :quantity)""")
    long addLine(UUID dispatchId, UUID projectId, UUID stationId, UUID typeId, int quantity);

    @Query("""
            INSERT INTO dispatch_allocation (dispatch_id, project_id, station_id, resource_type_id, quantity)
            VALUES (:dispatchId, :projectId, :stationId, :typeId, :quantity)""")
    long addAllocation(UUID dispatchId, UUID projectId, UUID stationId, UUID typeId, int quantity);

    @Query("SELECT dispatch_id, resource_type_id, quantity FROM dispatch_line WHERE dispatch_id IN (:ids)")
    List<LineRow> lines(Collection<UUID> ids);

    @Query("""
            SELECT dispatch_id, station_id, resource_type_id, quantity FROM dispatch_allocation
            WHERE dispatch_id IN (:ids) ORDER BY station_id, resource_type_id""")
    List<AllocationRow> allocations(Collection<UUID> ids);

    @Query("""
            SELECT * FROM dispatch
            WHERE project_id = :projectId AND (CAST(:status AS text) IS NULL OR status = :status)
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (requested_at, id) < (:afterAt, :afterId))
            ORDER BY requested_at DESC, id DESC LIMIT :limit""")
    List<DispatchRow> page(
            UUID projectId, @Nullable String status, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("SELECT * FROM dispatch WHERE incident_id IN (:incidentIds) ORDER BY requested_at")
    List<DispatchRow> ofIncidents(Collection<UUID> incidentIds);
}
