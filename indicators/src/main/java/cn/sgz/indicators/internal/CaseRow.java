package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

/** A case as stored. */
@MappedEntity("service_case")
record CaseRow(
        @Id UUID id,
        UUID projectId,
        UUID stationId,
        ServiceDomain domain,
        CaseKind kind,
        String clientRef,
        LocalDate openedOn,
        @Nullable LocalDate filedOn,
        int sessions,
        @Nullable LocalDate closedOn,
        @Nullable String closingSummary,
        @Nullable ReferralOutcome referralOutcome,
        int version,
        UUID createdBy) {}
