package cn.sgz.tenant.api;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A civil-affairs bureau (民政局). */
@Introspected
public record BureauView(UUID id, String name, String regionCode) {}
