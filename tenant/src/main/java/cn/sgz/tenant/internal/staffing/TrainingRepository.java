package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Trainings and who attended them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrainingRepository extends GenericRepository<TrainingSessionRow, UUID> {

    /** One person's attendance at one training. */
    @Introspected
    record Attendance(UUID staffId, TrainingKind kind, LocalDate heldOn) {}

    TrainingSessionRow save(TrainingSessionRow row);

    /** Every attendee in one statement; ids that are not the project's staff insert nothing. */
    @Query("""
            INSERT INTO training_attendance (training_id, staff_id, project_id)
            SELECT CAST(:trainingId AS uuid), s.id, s.project_id FROM staff_member s
            WHERE s.id IN (:staffIds) AND s.project_id = :projectId""")
    long attend(UUID trainingId, UUID projectId, Collection<UUID> staffIds);

    @Query("""
            SELECT a.staff_id, s.kind, s.held_on FROM training_attendance a
            JOIN training_session s ON s.id = a.training_id
            WHERE a.staff_id IN (:staffIds)""")
    List<Attendance> attended(Collection<UUID> staffIds);
}
