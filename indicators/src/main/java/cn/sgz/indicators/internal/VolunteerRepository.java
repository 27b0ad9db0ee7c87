package cn.sgz.indicators.internal;

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

/** Volunteer trainings and services (tallied in {@link ContactRepository}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerRepository extends GenericRepository<VolunteerRow, UUID> {

    VolunteerRow save(VolunteerRow row);

    @Query("SELECT * FROM volunteer_event WHERE id = :id")
    Optional<VolunteerRow> find(UUID id);

    @Query("""
            SELECT e.* FROM station s CROSS JOIN LATERAL (
                SELECT * FROM volunteer_event e WHERE e.station_id = s.id AND e.held_on BETWEEN :from AND :to
                  AND (CAST(:afterDate AS date) IS NULL OR (e.held_on, e.id) > (:afterDate, :afterId))
                ORDER BY e.held_on, e.id LIMIT :limit) e
            WHERE s.id IN (:stationIds)""")
    List<VolunteerRow> page(
            Collection<UUID> stationIds,
            LocalDate from,
            LocalDate to,
            @Nullable LocalDate afterDate,
            @Nullable UUID afterId,
            int limit);
}
