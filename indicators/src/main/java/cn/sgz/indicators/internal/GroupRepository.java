package cn.sgz.indicators.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Groups and their sessions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GroupRepository extends GenericRepository<GroupRow, UUID> {

    @Introspected
    record SessionLine(UUID groupId, int number, LocalDate heldOn, int attendance, int minutes) {}

    GroupRow save(GroupRow row);

    @Query("SELECT * FROM service_group WHERE id = :id")
    Optional<GroupRow> find(UUID id);

    @Query("""
            UPDATE service_group SET domain = :domain, kind = :kind, title = :title, members = :members,
                started_on = :startedOn, final_report = :finalReport, featured = :featured, version = version + 1
            WHERE id = :id AND version = :version""")
    long correct(
            UUID id,
            int version,
            String domain,
            String kind,
            String title,
            int members,
            LocalDate startedOn,
            @Nullable String finalReport,
            boolean featured);

    /** All sessions in one statement, from a JSON array of {number, heldOn, attendance, minutes}. */
    @Query("""
            INSERT INTO group_session (group_id, number, project_id, station_id, held_on, attendance, minutes)
            SELECT CAST(:groupId AS uuid), (e ->> 'number')::int, CAST(:projectId AS uuid), CAST(:stationId AS uuid),
                   (e ->> 'heldOn')::date, (e ->> 'attendance')::int, (e ->> 'minutes')::int
            FROM jsonb_array_elements(CAST(:sessions AS jsonb)) e""")
    long insertSessions(UUID groupId, UUID projectId, UUID stationId, String sessions);

    @Query("DELETE FROM group_session WHERE group_id = :groupId")
    long deleteSessions(UUID groupId);

    @Query("""
            SELECT group_id, number, held_on, attendance, minutes FROM group_session
            WHERE group_id IN (:groupIds) ORDER BY group_id, number""")
    List<SessionLine> sessions(Collection<UUID> groupIds);

    @Query("""
            SELECT g.* FROM station s CROSS JOIN LATERAL (
                SELECT * FROM service_group g WHERE g.station_id = s.id AND g.started_on BETWEEN :from AND :to
                  AND (CAST(:afterDate AS date) IS NULL OR (g.started_on, g.id) > (:afterDate, :afterId))
                ORDER BY g.started_on, g.id LIMIT :limit) g
            WHERE s.id IN (:stationIds)""")
    List<GroupRow> page(
            Collection<UUID> stationIds,
            LocalDate from,
            LocalDate to,
            @Nullable LocalDate afterDate,
            @Nullable UUID afterId,
            int limit);
}
