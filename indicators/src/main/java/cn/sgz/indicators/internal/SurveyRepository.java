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

/** Satisfaction questionnaires (tallied in {@link ContactRepository}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyRepository extends GenericRepository<SurveyRow, UUID> {

    SurveyRow save(SurveyRow row);

    @Query("SELECT * FROM satisfaction_survey WHERE id = :id")
    Optional<SurveyRow> find(UUID id);

    @Query("""
            SELECT q.* FROM station s CROSS JOIN LATERAL (
                SELECT * FROM satisfaction_survey q WHERE q.station_id = s.id AND q.answered_on BETWEEN :from AND :to
                  AND (CAST(:afterDate AS date) IS NULL OR (q.answered_on, q.id) > (:afterDate, :afterId))
                ORDER BY q.answered_on, q.id LIMIT :limit) q
            WHERE s.id IN (:stationIds)""")
    List<SurveyRow> page(
            Collection<UUID> stationIds,
            LocalDate from,
            LocalDate to,
            @Nullable LocalDate afterDate,
            @Nullable UUID afterId,
            int limit);
}
