package cn.sgz.tenant.api;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A user account. */
@Introspected
public record UserView(UUID id, String username, String displayName, boolean enabled) {}
