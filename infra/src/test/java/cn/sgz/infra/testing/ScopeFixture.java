package cn.sgz.infra.testing;

import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import java.util.Set;
import java.util.UUID;

/** Scopes for tests that need a caller without the grants behind it. */
public final class ScopeFixture {
    private ScopeFixture() {}

    /** A station worker's reach: its own station, read and write. */
    public static Scope stationWorker(UUID userId, String username, UUID station) {
        return new Scope(
                userId,
                username,
                Set.of(Role.STATION_WORKER),
                Set.of(),
                Set.of(),
                Set.of(station),
                Set.of(station),
                Set.of(),
                Set.of());
    }
}
