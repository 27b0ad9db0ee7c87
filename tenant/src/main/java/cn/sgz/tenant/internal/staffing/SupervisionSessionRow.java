package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A supervision held at a station, as inserted. */
@MappedEntity("supervision_session")
record SupervisionSessionRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        SupervisionKind kind,
        LocalDate heldOn,
        UUID supervisorId,
        String topic) {}
