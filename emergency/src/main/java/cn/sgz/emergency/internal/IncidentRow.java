package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("incident")
record IncidentRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        Instant occurredAt,
        String place,
        String kind,
        int peopleAffected,
        String summary,
        String status,
        @Nullable String measures,
        @Nullable Instant respondedAt,
        @Nullable String review,
        @Nullable Instant reviewedAt,
        UUID reportedBy,
        int version) {}
