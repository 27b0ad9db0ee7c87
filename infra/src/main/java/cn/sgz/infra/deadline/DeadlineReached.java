package cn.sgz.infra.deadline;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A warning or a breach, as recorded in {@code deadline_event} (the exactly-once truth; a listener
 * that must not miss one reads it there). Published in batches: {@link DeadlinesReached}.
 */
public record DeadlineReached(
        UUID eventId,
        UUID deadlineId,
        Kind kind,
        UUID projectId,
        @Nullable UUID stationId,
        String subjectType,
        String subjectId,
        String deadlineKind,
        Instant at) {

    public enum Kind {
        WARNING,
        BREACH
    }
}
