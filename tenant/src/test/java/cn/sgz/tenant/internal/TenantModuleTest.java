package cn.sgz.tenant.internal;

import cn.sgz.infra.testing.RealServers;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Organisation;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A module test on real servers with a fresh {@link TwoBureaus}; subclasses add {@code @MicronautTest}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantModuleTest implements RealServers {
    @Inject
    Organisation organisation;

    @Inject
    Accounts accounts;

    TwoBureaus world;

    @BeforeAll
    void createWorld() {
        world = TwoBureaus.create(organisation, accounts);
    }
}
