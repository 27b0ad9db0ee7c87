package cn.sgz.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.app.security.ValidatedTokensTest.MovableClock;
import cn.sgz.infra.redis.Redis;
import cn.sgz.infra.testing.RealServers;
import cn.sgz.tenant.api.Accounts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two nodes on the same Redis and database: a logout ends the token at once on the node that
 * served it, and on the other once its last look at the token is older than the interval.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevokedTokensTest implements RealServers {
    @Inject
    Redis redis;

    @Inject
    Accounts accounts;

    final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    @Test
    void theNodeThatLoggedOutRefusesTheTokenAtOnce() {
        var node = node(Duration.ofSeconds(1));
        var token = UUID.randomUUID().toString();
        assertThat(node.isRevoked(token)).isFalse();
        node.revoke(token, clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(node.isRevoked(token)).isTrue();
    }

    @Test
    void anotherNodeRefusesItOnceItsLastLookIsOlderThanTheInterval() {
        var here = node(Duration.ofSeconds(1));
        var elsewhere = node(Duration.ofSeconds(1));
        var token = UUID.randomUUID().toString();
        assertThat(here.isRevoked(token)).isFalse();
        elsewhere.revoke(token, clock.instant().plus(Duration.ofMinutes(10)));
        // what this node saw 0.5 s ago still holds …
        clock.now = clock.now.plusMillis(500);
        assertThat(here.isRevoked(token)).isFalse();
        // … until the interval has passed: then it asks Redis again
        clock.now = clock.now.plusMillis(501);
        assertThat(here.isRevoked(token)).isTrue();
        assertThat(redis.exists(RevokedTokens.key(token))).contains(true);
        assertThat(accounts.isAccessTokenRevoked(token)).isTrue();
    }

    @Test
    void withNoIntervalEveryRequestAsks() {
        var here = node(Duration.ZERO);
        var token = UUID.randomUUID().toString();
        assertThat(here.isRevoked(token)).isFalse();
        node(Duration.ZERO).revoke(token, clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(here.isRevoked(token)).isTrue();
    }

    @Test
    void aTokenAlreadyExpiredIsNotWritten() {
        var token = UUID.randomUUID().toString();
        node(Duration.ofSeconds(1)).revoke(token, clock.instant().minusSeconds(1));
        assertThat(redis.exists(RevokedTokens.key(token))).contains(false);
        assertThat(node(Duration.ofSeconds(1)).isRevoked(token)).isFalse();
    }

    private RevokedTokens node(Duration interval) {
        return new RevokedTokens(redis, accounts, clock, interval, 100);
    }
}
