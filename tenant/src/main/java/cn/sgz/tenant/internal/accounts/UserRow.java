package cn.sgz.tenant.internal.accounts;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A user row with its password hash; it never leaves this package. */
@MappedEntity("app_user")
record UserRow(@Id UUID id, String username, String displayName, String passwordHash, boolean enabled) {}
