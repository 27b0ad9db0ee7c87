package cn.sgz.tenant.api.staffing;

import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationMiss;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What staffing hands out. Personal data in them is masked, or null where the caller may not see it. */
public final class StaffingViews {
    private StaffingViews() {}

    public record StaffMember(
            UUID id,
            UUID projectId,
            String name,
            Gender gender,
            String phone,
            @Nullable String idNumber,
            Degree degree,
            @Nullable String major,
            boolean majorRelevant,
            @Nullable QualificationLevel qualificationLevel,
            @Nullable String certificateNumber,
            @Nullable LocalDate certificateDate,
            BigDecimal experienceYears,
            EmploymentType employmentType,
            LocalDate hiredOn,
            @Nullable LocalDate leftOn) {}

    @Introspected
    public record Assignment(
            UUID id,
            UUID projectId,
            @Nullable UUID stationId,
            UUID staffId,
            PostRole role,
            boolean fullTime,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {

        public boolean activeOn(LocalDate day) {
            return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
        }
    }

    /** The contract's staffing terms for a project. */
    public record Rules(
            int fullTimeWorkers,
            Set<QualificationLevel> qualificationLevels,
            BigDecimal minExperienceYears,
            boolean requireRelevantDegree) {
        public static final Rules CONTRACT_DEFAULT =
                new Rules(2, Set.of(QualificationLevel.values()), BigDecimal.valueOf(2), true);

        public Rules {
            qualificationLevels = Set.copyOf(qualificationLevels);
        }
    }

    public record PostHolder(
            Assignment assignment, StaffMember staff, boolean qualified, List<QualificationMiss> misses) {}

    /** A station's roster on one day. */
    public record StationStaffing(
            UUID stationId, LocalDate asOf, int required, int qualifiedFullTime, List<PostHolder> members) {
        public boolean compliant() {
            return qualifiedFullTime >= required;
        }
    }

    public record StaffGap(UUID staffId, String name, List<QualificationMiss> misses) {}

    public record TrainingGap(UUID staffId, String name, boolean initialTrainingMissed, boolean skillsTrainingMissed) {}

    /** A station's quarter: days with fewer qualified full-time workers than required are vacancy days. */
    public record Compliance(
            UUID stationId,
            Quarter quarter,
            int required,
            int days,
            int compliantDays,
            int leavers,
            List<StaffGap> qualificationGaps,
            List<TrainingGap> trainingGaps,
            int individualSupervisions,
            int groupSupervisions) {

        public int vacancyDays() {
            return days - compliantDays;
        }

        public double complianceRate() {
            return days == 0 ? 1.0 : compliantDays / (double) days;
        }

        public boolean compliant() {
            return compliantDays == days && qualificationGaps.isEmpty() && trainingGaps.isEmpty();
        }
    }

    /** The clear personal data of one person, for those who may see it; every read is audited. */
    public record Identity(UUID staffId, String phone, String idNumber) {}
}
