package cn.sgz.tenant.api;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A purchase project (政府购买服务项目): one contract year between a bureau and an agency. */
@Introspected
public record ProjectView(UUID id, UUID bureauId, String name, String agencyName, int year) {}
