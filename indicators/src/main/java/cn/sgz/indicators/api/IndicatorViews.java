package cn.sgz.indicators.api;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.AssessmentStatus;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.GroupKind;
import cn.sgz.indicators.api.ServiceEnums.Measure;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.Shortfall;
import cn.sgz.indicators.api.ServiceEnums.SurveySubject;
import cn.sgz.indicators.api.ServiceEnums.VisitKind;
import cn.sgz.indicators.api.ServiceEnums.VolunteerKind;
import cn.sgz.infra.time.Quarter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the indicators module hands out. Records carry no client names, only the station's references. */
public final class IndicatorViews {
    private IndicatorViews() {}

    @Introspected
    public record CaseRecord(
            UUID id,
            UUID stationId,
            ServiceDomain domain,
            CaseKind kind,
            String clientRef,
            LocalDate openedOn,
            @Nullable LocalDate filedOn,
            int sessions,
            @Nullable LocalDate closedOn,
            @Nullable String closingSummary,
            @Nullable ReferralOutcome referralOutcome,
            int version,
            List<Shortfall> shortfalls) {}

    @Introspected
    public record GroupRecord(
            UUID id,
            UUID stationId,
            ServiceDomain domain,
            GroupKind kind,
            String title,
            int members,
            LocalDate startedOn,
            List<Session> sessions,
            @Nullable String finalReport,
            boolean featured,
            int version,
            List<Shortfall> shortfalls) {

        /** Average attendance over the sessions, as a share of the members (null without sessions). */
        public @Nullable Double attendanceRate() {
            if (sessions.isEmpty() || members == 0) {
                return null;
            }
            return sessions.stream().mapToInt(Session::attendance).sum() / (double) (members * sessions.size());
        }
    }

    public record Session(int number, LocalDate heldOn, int attendance, int minutes) {}

    @Introspected
    public record ActivityRecord(
            UUID id,
            UUID stationId,
            ServiceDomain domain,
            ActivityKind kind,
            String title,
            LocalDate heldOn,
            int participants,
            int minutes,
            @Nullable String report,
            boolean featured,
            int version,
            List<Shortfall> shortfalls) {}

    @Introspected
    public record VisitRecord(
            UUID id,
            UUID stationId,
            ServiceDomain domain,
            VisitKind kind,
            String clientRef,
            LocalDate visitedOn,
            int minutes,
            @Nullable String notes,
            int version) {}

    @Introspected
    public record VolunteerRecord(
            UUID id,
            UUID stationId,
            ServiceDomain domain,
            VolunteerKind kind,
            String topic,
            LocalDate heldOn,
            int volunteers,
            BigDecimal hours,
            int version) {}

    @Introspected
    public record SurveyRecord(
            UUID id,
            UUID stationId,
            SurveySubject subject,
            @Nullable UUID subjectId,
            LocalDate answeredOn,
            int attitude,
            int content,
            int methods,
            int arrangements) {}

    /** An entry of the catalogue. */
    @Introspected
    public record Indicator(
            String code,
            String name,
            @Nullable ServiceDomain domain,
            String unit,
            Measure measure,
            @Nullable BigDecimal defaultTarget,
            int sort) {}

    /** A target: for one station, or (stationId null) for every station of the project without its own. */
    @Introspected
    public record Target(
            UUID projectId, @Nullable UUID stationId, String quarter, String indicatorCode, BigDecimal target) {}

    /** One indicator of a station's quarter: value, target and how far the value reaches it. */
    public record IndicatorResult(
            Indicator indicator,
            @Nullable Double value,
            @Nullable Double target,
            @Nullable Double achievementRate,
            @Nullable Boolean met) {

        public String indicatorCode() {
            return indicator.code();
        }
    }

    /** A record of the quarter that does not count, and why. */
    public record RecordShortfall(String recordKind, UUID recordId, String label, List<Shortfall> reasons) {}

    /** A station's quarter: computed from its records, and where it stands in the workflow. */
    public record Assessment(
            UUID stationId,
            Quarter quarter,
            AssessmentStatus status,
            int version,
            @Nullable Instant submittedAt,
            @Nullable Boolean onTime,
            @Nullable String reviewComment,
            @Nullable String reopenReason,
            @Nullable Double satisfactionRate,
            List<IndicatorResult> indicators,
            List<RecordShortfall> shortfalls) {

        public boolean locked() {
            return status == AssessmentStatus.APPROVED;
        }

        /** How many indicators reach their target. */
        public int indicatorsMet() {
            return (int) indicators.stream()
                    .filter(i -> Boolean.TRUE.equals(i.met()))
                    .count();
        }

        /** How many indicators with a target fall short of it. */
        public int indicatorsMissed() {
            return (int) indicators.stream()
                    .filter(i -> Boolean.FALSE.equals(i.met()))
                    .count();
        }
    }
}
