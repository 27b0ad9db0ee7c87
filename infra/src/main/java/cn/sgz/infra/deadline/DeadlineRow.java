package cn.sgz.infra.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A deadline as inserted. */
@MappedEntity("deadline")
record DeadlineRow(
        @Id UUID id,
        UUID projectId,
        @Nullable UUID stationId,
        String subjectType,
        String subjectId,
        String kind,
        String state,
        Instant startedAt,
        Instant warnAt,
        Instant dueAt,
        @Nullable Instant nextAt) {}
