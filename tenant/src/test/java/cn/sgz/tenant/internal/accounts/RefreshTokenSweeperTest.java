package cn.sgz.tenant.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.tenant.testing.TenantModuleTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RefreshTokenSweeperTest extends TenantModuleTest {
    @Inject
    RefreshTokenSweeper sweeper;

    @Test
    void tokensGoAWeekAfterTheyEndedAndNotBefore() {
        var revoked = accounts.issueRefreshToken(world.viewerA().id());
        accounts.revokeRefreshToken(revoked, world.viewerA().id());
        var live = accounts.issueRefreshToken(world.viewerA().id());

        sweeper.purge(Instant.now().plus(Duration.ofDays(6)));
        assertThat(accounts.renewRefreshToken(live)).isPresent();
        var renewed = accounts.issueRefreshToken(world.viewerA().id());

        // 40 days on, the revoked ones and the expired (30-day) ones are past their week of grace
        assertThat(sweeper.purge(Instant.now().plus(Duration.ofDays(40)))).isGreaterThanOrEqualTo(2);
        assertThat(accounts.renewRefreshToken(renewed)).isEmpty();
    }
}
