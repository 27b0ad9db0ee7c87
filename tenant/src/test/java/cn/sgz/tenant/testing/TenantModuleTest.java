package cn.sgz.tenant.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.testing.RealServers;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Organisation;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/** A module test on real servers with a fresh {@link TwoBureaus}; subclasses add {@code @MicronautTest}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TenantModuleTest implements RealServers {
    @Inject
    protected Organisation organisation;

    @Inject
    protected Accounts accounts;

    protected TwoBureaus world;

    @BeforeAll
    protected void createWorld() {
        world = TwoBureaus.create(organisation, accounts);
    }

    /** The call fails with a domain error of that code. */
    protected static void expect(ErrorCode code, Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }
}
