package cn.sgz.infra.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.testing.ScopeFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenancyForkTest {
    @Test
    void forkedWorkRunsUnderTheCallersScopeOnAThreadOfItsOwn() {
        var scope = ScopeFixture.stationWorker(UUID.randomUUID(), "worker", UUID.randomUUID());
        var caller = Thread.currentThread();
        var seen = Tenancy.callAs(
                scope,
                () -> Tenancy.join(Tenancy.fork(() ->
                        Thread.currentThread() != caller ? Tenancy.current().orElseThrow() : null)));
        assertThat(seen).isSameAs(scope);
    }

    @Test
    void forkedWorkOfNoCallerHasNoScope() {
        assertThat(Tenancy.join(Tenancy.fork(Tenancy::current))).isEmpty();
    }

    @Test
    void aForkedFailureIsThrownAsItWasThrown() {
        var failure = DomainException.conflict("已被他人修改");
        assertThatThrownBy(() -> Tenancy.join(Tenancy.fork(() -> {
                    throw failure;
                })))
                .isSameAs(failure);
    }
}
