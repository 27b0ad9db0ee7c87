package cn.sgz.feedback.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A monthly report's first draft, as inserted. */
@MappedEntity("monthly_report")
record MonthlyReportRow(
        @Id UUID stationId,
        UUID projectId,
        String month,
        String status,
        String serviceSummary,
        @Nullable String feedbackSummary,
        @Nullable String problems,
        @Nullable String improvements,
        int version) {}
