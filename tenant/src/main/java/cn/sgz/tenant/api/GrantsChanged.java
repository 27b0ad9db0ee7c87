package cn.sgz.tenant.api;

import java.util.UUID;

/** A user's role grants changed: whoever keeps that user's scope must look it up again. */
public record GrantsChanged(UUID userId) {}
