package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A community activity as stored. */
@MappedEntity("community_activity")
record ActivityRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        ServiceDomain domain,
        ActivityKind kind,
        String title,
        LocalDate heldOn,
        int participants,
        int minutes,
        @Nullable String report,
        boolean featured,
        int version,
        UUID createdBy) {}
