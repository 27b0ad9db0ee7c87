package cn.sgz.app.security;

import cn.sgz.infra.tenancy.Scope;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.GrantsChanged;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each user's scope, looked up on the server and kept for a short while: tokens carry the user and
 * its grant-level ids only, so they stay small however many stations a bureau has. A grant change
 * reaches this node at once and every other node within the time a scope is kept.
 */
@Singleton
class Scopes {
    private record Kept(Scope scope, Instant until) {}

    private final Accounts accounts;
    private final Clock clock;
    private final Duration keep;
    private final int capacity;
    private final ConcurrentHashMap<UUID, Kept> kept = new ConcurrentHashMap<>();

    Scopes(
            Accounts accounts,
            Clock clock,
            @Value("${sgz.auth.scope-cache-ttl:30s}") Duration keep,
            @Value("${sgz.auth.scope-cache-size:10000}") int capacity) {
        this.accounts = accounts;
        this.clock = clock;
        this.keep = keep;
        this.capacity = capacity;
    }

    Scope of(UUID userId, String username) {
        var now = clock.instant();
        var found = kept.get(userId);
        if (found != null
                && now.isBefore(found.until())
                && found.scope().username().equals(username)) {
            return found.scope();
        }
        var scope = accounts.scopeOf(userId, username);
        if (kept.size() >= capacity) {
            kept.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (kept.size() >= capacity) {
                kept.clear();
            }
        }
        kept.put(userId, new Kept(scope, now.plus(keep)));
        return scope;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onGrantsChanged(GrantsChanged event) {
        kept.remove(event.userId());
    }
}
