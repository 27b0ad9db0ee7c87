package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackEnums.Channel;
import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A feedback item as stored: the name and contact sealed, with their masked forms. */
@MappedEntity("feedback_item")
record FeedbackRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        Channel channel,
        Kind kind,
        Urgency urgency,
        String summary,
        boolean anonymous,
        @Nullable byte[] nameCipher,
        @Nullable String nameMasked,
        @Nullable byte[] contactCipher,
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
        int version,
        UUID createdBy) {}
