package cn.sgz.tenant.internal.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One notification in one user's inbox. */
@MappedEntity("notification")
record NotificationRow(
        @Id UUID id,
        UUID recipientId,
        UUID projectId,
        UUID stationId,
        UUID eventId,
        String kind,
        String subjectType,
        String subjectId,
        String message,
        Instant createdAt,
        @Nullable Instant readAt) {}
