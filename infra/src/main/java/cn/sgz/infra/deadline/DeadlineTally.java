package cn.sgz.infra.deadline;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** How many of a station's deadlines of a kind are in a state (for dashboards). */
@Introspected
public record DeadlineTally(UUID stationId, String kind, String state, int deadlines) {}
