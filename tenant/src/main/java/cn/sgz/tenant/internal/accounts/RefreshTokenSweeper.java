package cn.sgz.tenant.internal.accounts;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes refresh tokens a week after they expired or were revoked, so the table holds live
 * sessions only. Safe on several nodes at once: the delete is idempotent.
 */
@Singleton
class RefreshTokenSweeper {
    static final Duration GRACE = Duration.ofDays(7);

    private final AccountRepository accounts;
    private final Clock clock;

    RefreshTokenSweeper(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void sweep() {
        purge(clock.instant());
    }

    @Transactional
    int purge(Instant now) {
        accounts.purgeRevokedAccessTokens(now);
        return (int) accounts.purgeRefreshTokens(now.minus(GRACE));
    }
}
