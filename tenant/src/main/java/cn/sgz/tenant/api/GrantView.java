package cn.sgz.tenant.api;

import cn.sgz.infra.tenancy.Role;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** A role a user holds, over a bureau, a project, a station or (admins) the platform. */
@Introspected
public record GrantView(
        UUID id,
        UUID userId,
        Role role,
        @Nullable UUID bureauId,
        @Nullable UUID projectId,
        @Nullable UUID stationId) {}
