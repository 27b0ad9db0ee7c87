package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.AssessmentStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** Where a station's quarter stands in the workflow; no row is a DRAFT at version 0. */
@MappedEntity("assessment")
record AssessmentRow(
        @Id UUID stationId,
        UUID projectId,
        String quarter,
        AssessmentStatus status,
        int version,
        @Nullable Instant submittedAt,
        @Nullable Boolean onTime,
        @Nullable Instant reviewedAt,
        @Nullable String reviewComment,
        @Nullable Instant approvedAt,
        @Nullable String reopenReason) {}
