package cn.sgz.infra.audit;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One change worth remembering: what was done, to which subject, at which station, with what values. */
public record AuditEntry(
        String action, @Nullable UUID stationId, String subjectType, String subjectId, Map<String, ?> changes) {

    public AuditEntry {
        Objects.requireNonNull(action);
        Objects.requireNonNull(subjectType);
        Objects.requireNonNull(subjectId);
        changes = changes == null ? Map.of() : changes;
    }
}
