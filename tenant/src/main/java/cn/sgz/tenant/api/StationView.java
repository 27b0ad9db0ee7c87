package cn.sgz.tenant.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** A station (社工站), the tenant. */
@Introspected
public record StationView(
        UUID id,
        UUID projectId,
        String name,
        StationKind kind,
        String regionCode,
        @Nullable String address,
        @Nullable String contactPhone) {}
