package cn.sgz.app.security;

import cn.sgz.infra.redis.Redis;
import cn.sgz.tenant.api.Accounts;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The access tokens ended by a logout before they expire. Redis holds them for every node (the
 * database too, for while Redis is down). A node asks about a token at most once per {@code
 * sgz.auth.revocation-check-interval} (1 s; 0 asks on every request): a client sends the same token
 * with each request, and asking Redis was a round trip and two thread hand-offs on every one of
 * them. So a logout ends the token at once on the node that served it and within that interval on
 * the others.
 */
@Singleton
final class RevokedTokens {
    private final Redis redis;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration interval;
    /** The tokens known not to be revoked, each until its last look is older than the interval. */
    private final KeptUntil<String, Boolean> clear;
    /** The tokens revoked on this node, until they expire. */
    private final KeptUntil<String, Boolean> revokedHere;

    RevokedTokens(
            Redis redis,
            Accounts accounts,
            Clock clock,
            @Value("${sgz.auth.revocation-check-interval:1s}") Duration interval,
            @Value("${sgz.auth.revocation-check-cache-size:20000}") int capacity) {
        this.redis = redis;
        this.accounts = accounts;
        this.clock = clock;
        this.interval = interval;
        this.clear = new KeptUntil<>(capacity);
        this.revokedHere = new KeptUntil<>(capacity);
    }

    boolean isRevoked(String tokenId) {
        var now = clock.instant();
        if (revokedHere.get(tokenId, now) != null) {
            return true;
        }
        if (clear.get(tokenId, now) != null) {
            return false;
        }
        // Redis answers; while it is down, the database does
        var revoked = redis.exists(key(tokenId)).orElseGet(() -> accounts.isAccessTokenRevoked(tokenId));
        if (!revoked && !interval.isZero()) {
            clear.put(tokenId, Boolean.TRUE, now.plus(interval), now);
        }
        return revoked;
    }

    /** Ends the token for every node until it expires. */
    void revoke(String tokenId, Instant expiresAt) {
        var now = clock.instant();
        var remaining = Duration.between(now, expiresAt);
        if (remaining.isNegative() || remaining.isZero()) {
            return;
        }
        revokedHere.put(tokenId, Boolean.TRUE, expiresAt, now);
        clear.remove(tokenId);
        redis.put(key(tokenId), "1", remaining.plusSeconds(1));
        accounts.revokeAccessToken(tokenId, expiresAt);
    }

    static String key(String tokenId) {
        return "auth:revoked:" + tokenId;
    }
}
