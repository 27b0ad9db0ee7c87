package cn.sgz.feedback.api;

import cn.sgz.feedback.api.FeedbackEnums.Channel;
import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** What feedback hands out; the submitter's name and contact only masked. */
public final class FeedbackViews {
    private FeedbackViews() {}

    @Introspected
    public record Item(
            UUID id,
            UUID projectId,
            UUID stationId,
            Channel channel,
            Kind kind,
            Urgency urgency,
            String summary,
            boolean anonymous,
            @Nullable String nameMasked,
            @Nullable String contactMasked,
            boolean aboutStaff,
            boolean confidential,
            State state,
            @Nullable UUID handlerId,
            @Nullable String classification,
            @Nullable String plan,
            @Nullable String response,
            @Nullable String resolution,
            @Nullable String escalationReason,
            @Nullable Integer satisfaction,
            Instant receivedAt,
            int version) {}

    /** One entry of an item's history. */
    @Introspected
    public record Action(
            UUID feedbackId,
            String action,
            UUID actorId,
            Instant at,
            @Nullable String note) {}

    /** A station's report for a month; {@code dueAt} is the end of the 15th of the next month, Beijing time. */
    @Introspected
    public record MonthlyReport(
            UUID stationId,
            String month,
            String status,
            int version,
            String serviceSummary,
            @Nullable String feedbackSummary,
            @Nullable String problems,
            @Nullable String improvements,
            @Nullable Instant submittedAt,
            @Nullable Boolean late,
            @Nullable String reviewComment) {}

    /** A station's quarter of feedback, for dashboards. */
    public record Figures(
            UUID stationId,
            String quarter,
            int received,
            @Nullable Double medianHoursToEvaluate,
            @Nullable Double medianHoursToRespond,
            int breaches,
            java.util.List<ClockFigures> clocks,
            int reportsOnTime,
            int reportsLate) {}

    /** One kind of clock: met in time, breached, still running, and the share met of those ended. */
    public record ClockFigures(
            String kind,
            int met,
            int breached,
            int open,
            @Nullable Double onTimeRate) {}

    /** The clear name and contact, for those who handle the item; each read is audited. */
    public record Contact(UUID feedbackId, @Nullable String name, String contact) {}
}
