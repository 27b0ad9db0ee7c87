package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.VolunteerKind;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A volunteer training or service as stored. */
@MappedEntity("volunteer_event")
record VolunteerRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        ServiceDomain domain,
        VolunteerKind kind,
        String topic,
        LocalDate heldOn,
        int volunteers,
        BigDecimal hours,
        int version,
        UUID createdBy) {}
