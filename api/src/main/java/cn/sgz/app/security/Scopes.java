package cn.sgz.app.security;

import cn.sgz.infra.tenancy.Scope;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.GrantsChanged;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Each user's scope, looked up on the server and kept for a short while: tokens carry the user and
 * its grant-level ids only, so they stay small however many stations a bureau has. A grant change
 * reaches this node at once and every other node within the time a scope is kept.
 */
@Singleton
class Scopes {
    private final Accounts accounts;
    private final Clock clock;
    private final Duration keep;
    private final KeptUntil<UUID, Scope> kept;

    Scopes(
            Accounts accounts,
            Clock clock,
            @Value("${sgz.auth.scope-cache-ttl:30s}") Duration keep,
            @Value("${sgz.auth.scope-cache-size:10000}") int capacity) {
        this.accounts = accounts;
        this.clock = clock;
        this.keep = keep;
        this.kept = new KeptUntil<>(capacity);
    }

    Scope of(UUID userId, String username) {
        var now = clock.instant();
        var found = kept.get(userId, now);
        if (found != null && found.username().equals(username)) {
            return found;
        }
        var scope = accounts.scopeOf(userId, username);
        kept.put(userId, scope, now.plus(keep), now);
        return scope;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onGrantsChanged(GrantsChanged event) {
        kept.remove(event.userId());
    }
}
