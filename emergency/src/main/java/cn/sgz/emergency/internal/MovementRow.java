package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the append-only ledger: a signed change of a station's level. */
@MappedEntity("stock_movement")
record MovementRow(
        @Id UUID id,
        UUID stationId,
        UUID projectId,
        UUID resourceTypeId,
        String kind,
        int quantity,
        @Nullable LocalDate expiresOn,
        @Nullable String reason,
        @Nullable UUID incidentId,
        @Nullable UUID dispatchId,
        Instant at,
        UUID recordedBy) {}
