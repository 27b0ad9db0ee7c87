package cn.sgz.indicators.internal;

import cn.sgz.indicators.internal.QuarterFacts.SurveyTally;
import cn.sgz.indicators.internal.QuarterFacts.Tally;
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

/**
 * Visits, volunteer events and satisfaction questionnaires: records that count as they are, with
 * no quality rule of their own. One repository, since the indicators only tally them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactRepository extends GenericRepository<VisitRow, UUID> {

    VisitRow save(VisitRow row);

    @Query("SELECT * FROM service_visit WHERE id = :id")
    Optional<VisitRow> findVisit(UUID id);

    /** Visits by kind (HOME, PHONE) and volunteer events by kind (TRAINING, SERVICE), per station. */
    @Query("""
            SELECT station_id, kind, count(*)::int AS events, sum(minutes)::int AS minutes FROM service_visit
            WHERE station_id IN (:stationIds) AND visited_on BETWEEN :from AND :to GROUP BY station_id, kind
            UNION ALL
            SELECT station_id, kind, count(*)::int, 0 FROM volunteer_event
            WHERE station_id IN (:stationIds) AND held_on BETWEEN :from AND :to GROUP BY station_id, kind""")
    List<Tally> tallies(Collection<UUID> stationIds, LocalDate from, LocalDate to);

    @Query("""
            SELECT station_id,
                   sum((attitude >= 4)::int + (content >= 4)::int + (methods >= 4)::int + (arrangements >= 4)::int)::int
                       AS satisfied,
                   (count(*) * 4)::int AS answers
            FROM satisfaction_survey
            WHERE station_id IN (:stationIds) AND answered_on BETWEEN :from AND :to GROUP BY station_id""")
    List<SurveyTally> surveys(Collection<UUID> stationIds, LocalDate from, LocalDate to);

    /** Whether the record a questionnaire is about exists at the station. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM service_case WHERE id = :id AND station_id = :stationId AND :kind = 'CASE')
                OR EXISTS (SELECT 1 FROM service_group WHERE id = :id AND station_id = :stationId AND :kind = 'GROUP')
                OR EXISTS (SELECT 1 FROM community_activity WHERE id = :id AND station_id = :stationId
                           AND :kind = 'ACTIVITY')""")
    boolean subjectExists(String kind, UUID id, UUID stationId);

    @Query("""
            SELECT v.* FROM station s CROSS JOIN LATERAL (
                SELECT * FROM service_visit v WHERE v.station_id = s.id AND v.visited_on BETWEEN :from AND :to
                  AND (CAST(:afterDate AS date) IS NULL OR (v.visited_on, v.id) > (:afterDate, :afterId))
                ORDER BY v.visited_on, v.id LIMIT :limit) v
            WHERE s.id IN (:stationIds)""")
    List<VisitRow> page(
            Collection<UUID> stationIds,
            LocalDate from,
            LocalDate to,
            @Nullable LocalDate afterDate,
            @Nullable UUID afterId,
            int limit);
}
