package cn.sgz.tenant.internal.staffing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The contract's staffing terms per project; a project without a row has the contract defaults. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RuleRepository extends GenericRepository<RuleRow, UUID> {

    @Query("""
            SELECT project_id, full_time_workers, array_to_string(qualification_levels, ',') AS qualification_levels,
                   min_experience_years, require_relevant_degree
            FROM staffing_rule WHERE project_id IN (:projectIds)""")
    List<RuleRow> rules(Collection<UUID> projectIds);

    @Query("""
            INSERT INTO staffing_rule (project_id, full_time_workers, qualification_levels, min_experience_years,
                require_relevant_degree)
            VALUES (:projectId, :fullTimeWorkers, string_to_array(:qualificationLevels, ','), :minExperienceYears,
                :requireRelevantDegree)
            ON CONFLICT (project_id) DO UPDATE SET full_time_workers = excluded.full_time_workers,
                qualification_levels = excluded.qualification_levels,
                min_experience_years = excluded.min_experience_years,
                require_relevant_degree = excluded.require_relevant_degree""")
    void upsert(
            UUID projectId,
            int fullTimeWorkers,
            String qualificationLevels,
            BigDecimal minExperienceYears,
            boolean requireRelevantDegree);
}
