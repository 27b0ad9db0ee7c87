package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("drill")
record DrillRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        LocalDate heldOn,
        String scenario,
        int participants,
        @Nullable String findings,
        UUID recordedBy,
        int version) {}
