package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.GroupKind;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A group as stored; its sessions are rows of {@code group_session}. */
@MappedEntity("service_group")
record GroupRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        ServiceDomain domain,
        GroupKind kind,
        String title,
        int members,
        LocalDate startedOn,
        @Nullable String finalReport,
        boolean featured,
        int version,
        UUID createdBy) {}
