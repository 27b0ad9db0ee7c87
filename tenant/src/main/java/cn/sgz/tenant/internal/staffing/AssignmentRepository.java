package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Postings to stations and to projects; history is kept, an end date closes a posting. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssignmentRepository extends GenericRepository<AssignmentRow, UUID> {
    String COLUMNS =
            "SELECT id, project_id, station_id, staff_id, role, full_time, starts_on, ends_on FROM staff_assignment ";

    AssignmentRow save(AssignmentRow row);

    @Query(COLUMNS + " WHERE id = :id")
    Optional<Assignment> assignment(UUID id);

    @Query("UPDATE staff_assignment SET ends_on = :endsOn WHERE id = :id")
    long end(UUID id, LocalDate endsOn);

    /** Station postings that overlap the period. */
    @Query(COLUMNS + """
             WHERE station_id IN (:stationIds) AND starts_on <= :to AND (ends_on IS NULL OR ends_on >= :from)
             ORDER BY starts_on, id""")
    List<Assignment> stationPostings(Collection<UUID> stationIds, LocalDate from, LocalDate to);
}
