package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A dispatch to its destination station (station_id). */
@MappedEntity("dispatch")
record DispatchRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        @Nullable UUID incidentId,
        String place,
        @Nullable String note,
        String status,
        UUID requestedBy,
        Instant requestedAt,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Instant closedAt,
        @Nullable String reason,
        int version) {}
