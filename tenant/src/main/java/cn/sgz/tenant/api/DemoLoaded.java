package cn.sgz.tenant.api;

/**
 * Published in demo mode once the organisation's demo data is there (loaded now or found from an
 * earlier start), so other modules can add their demo records to it, in order: the project of
 * 长葛's 16 stations.
 */
public record DemoLoaded(java.util.UUID projectId) {}
