package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Supervision sessions at stations and who attended them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SupervisionRepository extends GenericRepository<SupervisionSessionRow, UUID> {

    /** How many sessions of a kind a station held in a period. */
    @Introspected
    record SessionCount(UUID stationId, SupervisionKind kind, long sessions) {}

    SupervisionSessionRow save(SupervisionSessionRow row);

    /** Every attendee in one statement; ids that are not the project's staff insert nothing. */
    @Query("""
            INSERT INTO supervision_attendance (session_id, staff_id, project_id)
            SELECT CAST(:sessionId AS uuid), s.id, s.project_id FROM staff_member s
            WHERE s.id IN (:staffIds) AND s.project_id = :projectId""")
    long attend(UUID sessionId, UUID projectId, Collection<UUID> staffIds);

    @Query("""
            SELECT station_id, kind, count(*) AS sessions FROM supervision_session
            WHERE station_id IN (:stationIds) AND held_on BETWEEN :from AND :to
            GROUP BY station_id, kind""")
    List<SessionCount> counts(Collection<UUID> stationIds, LocalDate from, LocalDate to);
}
