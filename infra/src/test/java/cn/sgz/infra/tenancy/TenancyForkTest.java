package cn.sgz.infra.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.testing.ScopeFixture;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Forked reads run as their caller, on another thread, and fail as the work failed. */
class TenancyForkTest {
    @Test
    void forkedWorkRunsElsewhereWithTheCallersScope() {
        var worker = ScopeFixture.stationWorker(UUID.randomUUID(), "worker", UUID.randomUUID());
        var caller = Thread.currentThread();
        var seen = Tenancy.callAs(
                worker, () -> Tenancy.join(Tenancy.fork(() -> new Seen(Thread.currentThread(), Tenancy.current()))));
        assertThat(seen.thread()).isNotSameAs(caller);
        assertThat(seen.scope()).containsSame(worker);
        // and the caller's binding is untouched afterwards
        assertThat(Tenancy.current()).isEmpty();
    }

    @Test
    void withoutACallerForkedWorkHasNoScope() {
        assertThat(Tenancy.join(Tenancy.fork(Tenancy::current))).isEmpty();
    }

    @Test
    void aFailureComesBackAsItWasThrown() {
        var refused = DomainException.notFound("项目不存在");
        assertThatThrownBy(() -> Tenancy.join(Tenancy.fork(() -> {
                    throw refused;
                })))
                .isSameAs(refused);
    }

    private record Seen(Thread thread, Optional<Scope> scope) {}
}
