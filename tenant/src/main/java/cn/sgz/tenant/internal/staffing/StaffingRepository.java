package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.privacy.PersonalData;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staffing's SQL; every statement runs under the caller's row-level security. */
@Singleton
class StaffingRepository {
    private final JdbcOperations jdbc;

    StaffingRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A staff row as stored: masked values only, the sealed ones stay in the database. */
    record StaffRow(
            UUID id,
            UUID projectId,
            String name,
            Gender gender,
            String phoneMasked,
            String idNumberMasked,
            byte[] idNumberHash,
            Degree degree,
            @Nullable String major,
            boolean majorRelevant,
            @Nullable QualificationLevel qualificationLevel,
            @Nullable String certificateNumber,
            @Nullable LocalDate certificateDate,
            BigDecimal experienceYears,
            EmploymentType employmentType,
            LocalDate hiredOn,
            @Nullable LocalDate leftOn,
            @Nullable UUID userId) {}

    record NewStaff(
            UUID id,
            UUID projectId,
            String name,
            Gender gender,
            PersonalData.Sealed phone,
            PersonalData.Sealed idNumber,
            Degree degree,
            @Nullable String major,
            boolean majorRelevant,
            @Nullable QualificationLevel level,
            @Nullable String certificateNumber,
            @Nullable LocalDate certificateDate,
            BigDecimal experienceYears,
            EmploymentType employmentType,
            LocalDate hiredOn) {}

    private static final String STAFF_COLUMNS = """
            id, project_id, name, gender, phone_masked, id_number_masked, id_number_hash, degree, major,
            major_relevant, qualification_level, certificate_number, certificate_date, experience_years,
            employment_type, hired_on, left_on, user_id""";

    void insertStaff(NewStaff staff) {
        update("""
                INSERT INTO staff_member (id, project_id, name, gender, phone_cipher, phone_masked, id_number_cipher,
                    id_number_hash, id_number_masked, degree, major, major_relevant, qualification_level,
                    certificate_number, certificate_date, experience_years, employment_type, hired_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, staff.id());
            statement.setObject(2, staff.projectId());
            statement.setString(3, staff.name());
            statement.setString(4, staff.gender().name());
            statement.setBytes(5, staff.phone().cipher());
            statement.setString(6, staff.phone().masked());
            statement.setBytes(7, staff.idNumber().cipher());
            statement.setBytes(8, staff.idNumber().lookupHash());
            statement.setString(9, staff.idNumber().masked());
            statement.setString(10, staff.degree().name());
            statement.setString(11, staff.major());
            statement.setBoolean(12, staff.majorRelevant());
            statement.setString(13, staff.level() == null ? null : staff.level().name());
            statement.setString(14, staff.certificateNumber());
            statement.setObject(15, staff.certificateDate(), Types.DATE);
            statement.setBigDecimal(16, staff.experienceYears());
            statement.setString(17, staff.employmentType().name());
            statement.setObject(18, staff.hiredOn(), Types.DATE);
        });
    }

    List<StaffRow> staff(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query(
                "SELECT " + STAFF_COLUMNS + " FROM staff_member WHERE id = ANY (?)", ids, StaffingRepository::staff);
    }

    Optional<StaffRow> staff(UUID id) {
        return staff(List.of(id)).stream().findFirst();
    }

    Optional<byte[][]> sealedIdentity(UUID staffId) {
        return jdbc.prepareStatement(
                "SELECT phone_cipher, id_number_cipher FROM staff_member WHERE id = ?", statement -> {
                    statement.setObject(1, staffId);
                    try (var row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new byte[][] {row.getBytes(1), row.getBytes(2)})
                                : Optional.empty();
                    }
                });
    }

    int linkAccount(UUID staffId, UUID userId) {
        return update("UPDATE staff_member SET user_id = ? WHERE id = ?", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, staffId);
        });
    }

    void markLeft(UUID staffId, LocalDate leftOn) {
        update("UPDATE staff_member SET left_on = ? WHERE id = ?", statement -> {
            statement.setObject(1, leftOn, Types.DATE);
            statement.setObject(2, staffId);
        });
    }

    void insertAssignment(Assignment assignment, byte[] personKey) {
        update("""
                INSERT INTO staff_assignment (id, project_id, station_id, staff_id, person_key, role, full_time, starts_on, ends_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, assignment.id());
            statement.setObject(2, assignment.projectId());
            statement.setObject(3, assignment.stationId());
            statement.setObject(4, assignment.staffId());
            statement.setBytes(5, personKey);
            statement.setString(6, assignment.role().name());
            statement.setBoolean(7, assignment.fullTime());
            statement.setObject(8, assignment.startsOn(), Types.DATE);
            statement.setObject(9, assignment.endsOn(), Types.DATE);
        });
    }

    Optional<Assignment> assignment(UUID id) {
        return query(
                        "SELECT id, project_id, station_id, staff_id, role, full_time, starts_on, ends_on FROM staff_assignment WHERE id = ANY (?)",
                        List.of(id),
                        StaffingRepository::assignment)
                .stream()
                .findFirst();
    }

    int endAssignment(UUID id, LocalDate endsOn) {
        return update("UPDATE staff_assignment SET ends_on = ? WHERE id = ?", statement -> {
            statement.setObject(1, endsOn, Types.DATE);
            statement.setObject(2, id);
        });
    }

    /** Station postings that overlap the period. */
    List<Assignment> stationPostings(Collection<UUID> stationIds, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                SELECT id, project_id, station_id, staff_id, role, full_time, starts_on, ends_on
                FROM staff_assignment
                WHERE station_id = ANY (?) AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                ORDER BY starts_on, id""", statement -> {
            statement.setArray(1, uuids(statement.getConnection(), stationIds));
            statement.setObject(2, to, Types.DATE);
            statement.setObject(3, from, Types.DATE);
            return rows(statement, StaffingRepository::assignment);
        });
    }

    Map<UUID, Rules> rules(Collection<UUID> projectIds) {
        var found = query(
                "SELECT project_id, full_time_workers, qualification_levels, min_experience_years, require_relevant_degree"
                        + " FROM staffing_rule WHERE project_id = ANY (?)",
                projectIds,
                row -> Map.entry(
                        row.getObject(1, UUID.class),
                        new Rules(
                                row.getInt(2),
                                Arrays.stream((String[]) row.getArray(3).getArray())
                                        .map(QualificationLevel::valueOf)
                                        .collect(Collectors.toCollection(
                                                () -> EnumSet.noneOf(QualificationLevel.class))),
                                row.getBigDecimal(4),
                                row.getBoolean(5))));
        var rules = new HashMap<UUID, Rules>();
        projectIds.forEach(project -> rules.put(project, Rules.CONTRACT_DEFAULT));
        found.forEach(entry -> rules.put(entry.getKey(), entry.getValue()));
        return rules;
    }

    void saveRules(UUID projectId, Rules rules) {
        update("""
                INSERT INTO staffing_rule (project_id, full_time_workers, qualification_levels, min_experience_years,
                    require_relevant_degree)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (project_id) DO UPDATE SET full_time_workers = excluded.full_time_workers,
                    qualification_levels = excluded.qualification_levels,
                    min_experience_years = excluded.min_experience_years,
                    require_relevant_degree = excluded.require_relevant_degree""", statement -> {
            statement.setObject(1, projectId);
            statement.setInt(2, rules.fullTimeWorkers());
            statement.setArray(
                    3,
                    statement
                            .getConnection()
                            .createArrayOf(
                                    "text",
                                    rules.qualificationLevels().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toArray()));
            statement.setBigDecimal(4, rules.minExperienceYears());
            statement.setBoolean(5, rules.requireRelevantDegree());
        });
    }

    Map<UUID, List<TrainingRecord>> trainings(Collection<UUID> staffIds) {
        var records = new HashMap<UUID, List<TrainingRecord>>();
        query(
                        """
                        SELECT a.staff_id, s.kind, s.held_on FROM training_attendance a
                        JOIN training_session s ON s.id = a.training_id
                        WHERE a.staff_id = ANY (?)""",
                        staffIds,
                        row -> Map.entry(
                                row.getObject(1, UUID.class),
                                new TrainingRecord(
                                        TrainingKind.valueOf(row.getString(2)), row.getObject(3, LocalDate.class))))
                .forEach(entry -> records.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return records;
    }

    void insertTraining(
            UUID id,
            UUID projectId,
            String kind,
            LocalDate heldOn,
            BigDecimal hours,
            String topic,
            List<UUID> attendees) {
        update(
                "INSERT INTO training_session (id, project_id, kind, held_on, hours, topic) VALUES (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, id);
                    statement.setObject(2, projectId);
                    statement.setString(3, kind);
                    statement.setObject(4, heldOn, Types.DATE);
                    statement.setBigDecimal(5, hours);
                    statement.setString(6, topic);
                });
        insertAttendance(
                "INSERT INTO training_attendance (training_id, staff_id, project_id)", id, projectId, attendees);
    }

    void insertSupervision(
            UUID id,
            UUID projectId,
            UUID stationId,
            String kind,
            LocalDate heldOn,
            UUID supervisorId,
            String topic,
            List<UUID> attendees) {
        update("""
                INSERT INTO supervision_session (id, project_id, station_id, kind, held_on, supervisor_id, topic)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, projectId);
            statement.setObject(3, stationId);
            statement.setString(4, kind);
            statement.setObject(5, heldOn, Types.DATE);
            statement.setObject(6, supervisorId);
            statement.setString(7, topic);
        });
        insertAttendance(
                "INSERT INTO supervision_attendance (session_id, staff_id, project_id)", id, projectId, attendees);
    }

    /** All attendees of a session in one statement. */
    private void insertAttendance(String insertInto, UUID sessionId, UUID projectId, List<UUID> attendees) {
        update(insertInto + " SELECT ?, attendee, ? FROM unnest(?::uuid[]) AS attendee", statement -> {
            statement.setObject(1, sessionId);
            statement.setObject(2, projectId);
            statement.setArray(3, uuids(statement.getConnection(), attendees));
        });
    }

    /** Supervision sessions per station and kind held in the period. */
    Map<UUID, Map<String, Integer>> supervisionCounts(Collection<UUID> stationIds, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                SELECT station_id, kind, count(*) FROM supervision_session
                WHERE station_id = ANY (?) AND held_on BETWEEN ? AND ?
                GROUP BY station_id, kind""", statement -> {
            statement.setArray(1, uuids(statement.getConnection(), stationIds));
            statement.setObject(2, from, Types.DATE);
            statement.setObject(3, to, Types.DATE);
            var counts = new HashMap<UUID, Map<String, Integer>>();
            try (var row = statement.executeQuery()) {
                while (row.next()) {
                    counts.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashMap<>())
                            .put(row.getString(2), row.getInt(3));
                }
            }
            return counts;
        });
    }

    private static StaffRow staff(ResultSet row) throws SQLException {
        var level = row.getString("qualification_level");
        return new StaffRow(
                row.getObject("id", UUID.class),
                row.getObject("project_id", UUID.class),
                row.getString("name"),
                Gender.valueOf(row.getString("gender")),
                row.getString("phone_masked"),
                row.getString("id_number_masked"),
                row.getBytes("id_number_hash"),
                Degree.valueOf(row.getString("degree")),
                row.getString("major"),
                row.getBoolean("major_relevant"),
                level == null ? null : QualificationLevel.valueOf(level),
                row.getString("certificate_number"),
                row.getObject("certificate_date", LocalDate.class),
                row.getBigDecimal("experience_years"),
                EmploymentType.valueOf(row.getString("employment_type")),
                row.getObject("hired_on", LocalDate.class),
                row.getObject("left_on", LocalDate.class),
                row.getObject("user_id", UUID.class));
    }

    private static Assignment assignment(ResultSet row) throws SQLException {
        return new Assignment(
                row.getObject("id", UUID.class),
                row.getObject("project_id", UUID.class),
                row.getObject("station_id", UUID.class),
                row.getObject("staff_id", UUID.class),
                PostRole.valueOf(row.getString("role")),
                row.getBoolean("full_time"),
                row.getObject("starts_on", LocalDate.class),
                row.getObject("ends_on", LocalDate.class));
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private <T> List<T> query(String sql, Collection<UUID> ids, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, uuids(statement.getConnection(), ids));
            return rows(statement, mapper);
        });
    }

    private int update(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            return statement.executeUpdate();
        });
    }

    private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        var rows = new ArrayList<T>();
        try (var row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(mapper.map(row));
            }
        }
        return rows;
    }

    private static java.sql.Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }
}
