package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.VisitKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A home or phone visit as stored. */
@MappedEntity("service_visit")
record VisitRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        ServiceDomain domain,
        VisitKind kind,
        String clientRef,
        LocalDate visitedOn,
        int minutes,
        @Nullable String notes,
        int version,
        UUID createdBy) {}
