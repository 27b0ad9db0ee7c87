package cn.sgz.app.security;

import cn.sgz.infra.tenancy.Scope;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** An authenticated caller: its scope and, for our own tokens, the token's id and expiry (for logout). */
public record Caller(
        Scope scope, @Nullable String tokenId, @Nullable Instant expiresAt) {}
