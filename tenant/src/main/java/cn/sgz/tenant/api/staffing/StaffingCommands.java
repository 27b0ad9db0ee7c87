package cn.sgz.tenant.api.staffing;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The changes staffing accepts; each checks its input and names the field at fault. */
public final class StaffingCommands {
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

    private StaffingCommands() {}

    public record Hire(
            UUID projectId,
            String name,
            Gender gender,
            String phone,
            String idNumber,
            Degree degree,
            @Nullable String major,
            boolean majorRelevant,
            @Nullable QualificationLevel qualificationLevel,
            @Nullable String certificateNumber,
            @Nullable LocalDate certificateDate,
            BigDecimal experienceYears,
            EmploymentType employmentType,
            LocalDate hiredOn) {
        public Hire {
            Check.present("projectId", projectId);
            name = Check.text("name", name, 50);
            Check.present("gender", gender);
            phone = Check.matches("phone", phone, PHONE, "手机号或带区号的电话");
            idNumber = Check.matches("idNumber", idNumber, ID_NUMBER, "18 位居民身份证号码");
            Check.present("degree", degree);
            major = Check.optionalText("major", major, 50);
            if ((qualificationLevel == null) != (certificateDate == null)) {
                throw DomainException.invalid("certificateDate", "certificateDate 与 qualificationLevel 须同时填写或同时留空");
            }
            certificateNumber = certificateNumber == null || certificateNumber.isBlank()
                    ? null
                    : Check.text("certificateNumber", certificateNumber, 50);
            Check.present("experienceYears", experienceYears);
            if (experienceYears.signum() < 0 || experienceYears.compareTo(BigDecimal.valueOf(60)) > 0) {
                throw DomainException.invalid("experienceYears", "experienceYears 必须在 0 到 60 之间");
            }
            Check.present("employmentType", employmentType);
            Check.present("hiredOn", hiredOn);
        }

        @Override
        public String toString() {
            return "Hire[projectId=" + projectId + ", name=" + name + "]";
        }
    }

    public record Assign(
            UUID staffId,
            PostRole role,
            @Nullable UUID stationId,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        public Assign {
            Check.present("staffId", staffId);
            Check.present("role", role);
            Check.present("startsOn", startsOn);
            if (role == PostRole.WORKER && stationId == null) {
                throw DomainException.invalid("stationId", "站点岗位（WORKER）必须指定 stationId");
            }
            if (role != PostRole.WORKER && stationId != null) {
                throw DomainException.invalid("stationId", "项目岗位不能指定 stationId");
            }
            if (endsOn != null && endsOn.isBefore(startsOn)) {
                throw DomainException.invalid("endsOn", "endsOn 不能早于 startsOn");
            }
        }
    }

    /** Ends a posting on its last day; with {@code leaves}, the person also leaves the agency that day. */
    public record EndAssignment(UUID assignmentId, LocalDate endsOn, boolean leaves) {
        public EndAssignment {
            Check.present("assignmentId", assignmentId);
            Check.present("endsOn", endsOn);
        }
    }

    public record SetRules(
            UUID projectId,
            int fullTimeWorkers,
            Set<QualificationLevel> qualificationLevels,
            BigDecimal minExperienceYears,
            boolean requireRelevantDegree) {
        public SetRules {
            Check.present("projectId", projectId);
            Check.range("fullTimeWorkers", fullTimeWorkers, 0, 20);
            Check.present("qualificationLevels", qualificationLevels);
            qualificationLevels = Set.copyOf(qualificationLevels);
            Check.present("minExperienceYears", minExperienceYears);
            if (minExperienceYears.signum() < 0 || minExperienceYears.compareTo(BigDecimal.valueOf(50)) > 0) {
                throw DomainException.invalid("minExperienceYears", "minExperienceYears 必须在 0 到 50 之间");
            }
        }
    }

    public record RecordTraining(
            UUID projectId, TrainingKind kind, LocalDate heldOn, BigDecimal hours, String topic, List<UUID> attendees) {
        public RecordTraining {
            Check.present("projectId", projectId);
            Check.present("kind", kind);
            Check.present("heldOn", heldOn);
            Check.present("hours", hours);
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw DomainException.invalid("hours", "hours 必须大于 0 且不超过 100");
            }
            topic = Check.text("topic", topic, 100);
            attendees = distinctAttendees(attendees);
        }
    }

    public record RecordSupervision(
            UUID stationId,
            SupervisionKind kind,
            LocalDate heldOn,
            UUID supervisorId,
            String topic,
            List<UUID> attendees) {
        public RecordSupervision {
            Check.present("stationId", stationId);
            Check.present("kind", kind);
            Check.present("heldOn", heldOn);
            Check.present("supervisorId", supervisorId);
            topic = Check.text("topic", topic, 100);
            attendees = distinctAttendees(attendees);
            if (kind == SupervisionKind.INDIVIDUAL && attendees.size() != 1) {
                throw DomainException.invalid("attendees", "个别督导须有且只有一名参加者");
            }
        }
    }

    private static List<UUID> distinctAttendees(List<UUID> attendees) {
        if (attendees == null || attendees.isEmpty()) {
            throw DomainException.invalid("attendees", "attendees 不能为空");
        }
        return List.copyOf(Set.copyOf(attendees));
    }
}
