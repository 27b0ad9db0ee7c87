package cn.sgz.indicators.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** Volunteer trainings and services (tallied in {@link ContactRepository}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerRepository extends GenericRepository<VolunteerRow, UUID> {

    VolunteerRow save(VolunteerRow row);

    @Query("SELECT * FROM volunteer_event WHERE id = :id")
    Optional<VolunteerRow> find(UUID id);
}
