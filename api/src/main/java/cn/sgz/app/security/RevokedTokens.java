package cn.sgz.app.security;

import cn.sgz.infra.redis.Redis;
import cn.sgz.tenant.api.Accounts;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

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
    private final long intervalMillis;
    private final int capacity;
    /** Token id → until when (epoch ms) it is known not to be revoked. */
    private final ConcurrentHashMap<String, Long> clearUntil = new ConcurrentHashMap<>();
    /** Token id → its expiry (epoch ms), for the tokens revoked on this node. */
    private final ConcurrentHashMap<String, Long> revokedHere = new ConcurrentHashMap<>();

    RevokedTokens(
            Redis redis,
            Accounts accounts,
            Clock clock,
            @Value("${sgz.auth.revocation-check-interval:1s}") Duration interval,
            @Value("${sgz.auth.revocation-check-cache-size:20000}") int capacity) {
        this.redis = redis;
        this.accounts = accounts;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
        this.capacity = capacity;
    }

    boolean isRevoked(String tokenId) {
        var now = clock.millis();
        if (revokedHere.containsKey(tokenId)) {
            return true;
        }
        var known = clearUntil.get(tokenId);
        if (known != null && now < known) {
            return false;
        }
        // Redis answers; while it is down, the database does
        var revoked = redis.exists(key(tokenId)).orElseGet(() -> accounts.isAccessTokenRevoked(tokenId));
        if (!revoked && intervalMillis > 0) {
            if (clearUntil.size() >= capacity) {
                clearUntil.values().removeIf(until -> until <= now);
                if (clearUntil.size() >= capacity) {
                    clearUntil.clear();
                }
            }
            clearUntil.put(tokenId, now + intervalMillis);
        }
        return revoked;
    }

    /** Ends the token for every node until it expires. */
    void revoke(String tokenId, Instant expiresAt) {
        var remaining = Duration.between(clock.instant(), expiresAt);
        if (remaining.isNegative() || remaining.isZero()) {
            return;
        }
        var now = clock.millis();
        revokedHere.values().removeIf(expiry -> expiry <= now);
        revokedHere.put(tokenId, expiresAt.toEpochMilli());
        clearUntil.remove(tokenId);
        redis.put(key(tokenId), "1", remaining.plusSeconds(1));
        accounts.revokeAccessToken(tokenId, expiresAt);
    }

    static String key(String tokenId) {
        return "auth:revoked:" + tokenId;
    }
}
