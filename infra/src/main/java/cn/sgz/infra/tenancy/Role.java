package cn.sgz.infra.tenancy;

/** The roles a grant gives; each reaches a different set of stations (ARCHITECTURE.md). */
public enum Role {
    PLATFORM_ADMIN,
    BUREAU_VIEWER,
    PROJECT_LEAD,
    SUPERVISOR,
    STATION_WORKER
}
