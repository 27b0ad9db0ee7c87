package cn.sgz.tenant.api;

/** Names of the per-request DataLoaders the tenant module registers, keyed by id (UUID). */
public final class TenantLoaders {
    public static final String BUREAU = "tenant.bureau";
    public static final String PROJECT = "tenant.project";
    public static final String STATION = "tenant.station";

    private TenantLoaders() {}
}
