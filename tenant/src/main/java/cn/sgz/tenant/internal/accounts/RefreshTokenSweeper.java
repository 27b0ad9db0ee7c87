package cn.sgz.tenant.internal.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
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

    private final JdbcOperations jdbc;
    private final Clock clock;

    RefreshTokenSweeper(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void sweep() {
        purge(clock.instant());
    }

    @Transactional
    int purge(Instant now) {
        var cutoff = Timestamp.from(now.minus(GRACE));
        return jdbc.prepareStatement("DELETE FROM refresh_token WHERE expires_at < ? OR revoked_at < ?", statement -> {
            statement.setTimestamp(1, cutoff);
            statement.setTimestamp(2, cutoff);
            return statement.executeUpdate();
        });
    }
}
