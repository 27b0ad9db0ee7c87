package cn.sgz.infra.deadline;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A warning or a breach, published after the sweep that recorded it committed (the record in
 * {@code deadline_event} is the exactly-once truth; a listener that must not miss one reads it).
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
