package cn.sgz.tenant.api;

import cn.sgz.infra.graphql.LoaderKey;
import java.util.UUID;

/** The per-request DataLoaders the tenant module registers; other modules load through them. */
public final class TenantLoaders {
    public static final LoaderKey<UUID, BureauView> BUREAU = new LoaderKey<>("tenant.bureau");
    public static final LoaderKey<UUID, ProjectView> PROJECT = new LoaderKey<>("tenant.project");
    public static final LoaderKey<UUID, StationView> STATION = new LoaderKey<>("tenant.station");
    /** A station's name from its project's directory ({@link Organisation#stationNames}). */
    public static final LoaderKey<UUID, String> STATION_NAME = new LoaderKey<>("tenant.stationName");

    private TenantLoaders() {}
}
