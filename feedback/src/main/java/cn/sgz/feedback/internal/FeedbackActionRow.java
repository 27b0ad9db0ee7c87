package cn.sgz.feedback.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One entry of an item's history, as inserted. */
@MappedEntity("feedback_action")
record FeedbackActionRow(
        @Id UUID id,
        UUID feedbackId,
        UUID projectId,
        UUID stationId,
        String action,
        UUID actorId,
        Instant at,
        @Nullable String note) {}
