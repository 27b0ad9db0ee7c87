package cn.sgz.indicators.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Satisfaction questionnaires (tallied in {@link ContactRepository}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyRepository extends GenericRepository<SurveyRow, UUID> {

    SurveyRow save(SurveyRow row);

    @Query("SELECT * FROM satisfaction_survey WHERE id = :id")
    Optional<SurveyRow> find(UUID id);
}
