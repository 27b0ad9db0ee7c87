package cn.sgz.infra.deadline;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A deadline as its module sees it. */
@Introspected
public record DeadlineView(
        UUID id,
        UUID projectId,
        @Nullable UUID stationId,
        String subjectType,
        String subjectId,
        String kind,
        String state,
        Instant startedAt,
        Instant warnAt,
        Instant dueAt,
        @Nullable Instant warnedAt,
        @Nullable Instant endedAt) {}
