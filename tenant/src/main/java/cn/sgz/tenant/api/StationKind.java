package cn.sgz.tenant.api;

/** 镇 TOWN or 街道 STREET. */
public enum StationKind {
    TOWN,
    STREET
}
