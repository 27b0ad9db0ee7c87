package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A posting as inserted, with the person key the one-full-time-post constraint compares. */
@MappedEntity("staff_assignment")
record AssignmentRow(
        @Id UUID id,
        UUID projectId,
        @Nullable UUID stationId,
        UUID staffId,
        byte[] personKey,
        PostRole role,
        boolean fullTime,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
