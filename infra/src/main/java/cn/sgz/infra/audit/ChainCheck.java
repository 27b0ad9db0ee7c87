package cn.sgz.infra.audit;

import java.util.UUID;

/** One hash chain of the audit log, checked against its head: a station's, or the platform's (all zeros). */
public record ChainCheck(UUID chainKey, long events, boolean intact) {}
