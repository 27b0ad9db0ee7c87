package cn.sgz.emergency.api;

import cn.sgz.emergency.api.EmergencyEnums.AlertKind;
import cn.sgz.emergency.api.EmergencyEnums.DispatchStatus;
import cn.sgz.emergency.api.EmergencyEnums.IncidentKind;
import cn.sgz.emergency.api.EmergencyEnums.IncidentStatus;
import cn.sgz.emergency.api.EmergencyEnums.MovementKind;
import cn.sgz.emergency.api.EmergencyEnums.ResourceCategory;
import cn.sgz.infra.time.Quarter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the emergency module shows. */
public final class EmergencyViews {
    private EmergencyViews() {}

    @Introspected
    public record ResourceTypeView(
            UUID id,
            UUID projectId,
            String name,
            ResourceCategory category,
            String unit,
            int minimumPerStation,
            boolean expires,
            int version) {}

    @Serdeable
    public record Batch(@Nullable LocalDate expiresOn, int quantity) {}

    /**
     * A station's level of one type: what it holds, what is reserved for approved dispatches, what is
     * free to use or dispatch, against the catalogue's minimum. Also the event of a live stock view.
     */
    @Serdeable
    public record StockLevel(
            UUID stationId,
            UUID projectId,
            UUID resourceTypeId,
            int onHand,
            int reserved,
            int minimum,
            @Nullable Instant updatedAt,
            List<Batch> batches) {
        public int available() {
            return onHand - reserved;
        }

        public boolean belowMinimum() {
            return onHand < minimum;
        }
    }

    @Introspected
    public record Movement(
            UUID id,
            UUID stationId,
            UUID resourceTypeId,
            MovementKind kind,
            int quantity,
            @Nullable LocalDate expiresOn,
            @Nullable String reason,
            @Nullable UUID incidentId,
            @Nullable UUID dispatchId,
            Instant at,
            UUID recordedBy) {}

    public record DispatchLine(UUID resourceTypeId, int quantity) {}

    public record DispatchAllocation(UUID stationId, UUID resourceTypeId, int quantity) {}

    public record Dispatch(
            UUID id,
            UUID projectId,
            UUID stationId,
            @Nullable UUID incidentId,
            String place,
            @Nullable String note,
            DispatchStatus status,
            UUID requestedBy,
            Instant requestedAt,
            @Nullable Instant decidedAt,
            @Nullable Instant closedAt,
            @Nullable String reason,
            int version,
            List<DispatchLine> lines,
            List<DispatchAllocation> allocations) {}

    public record Incident(
            UUID id,
            UUID projectId,
            UUID stationId,
            Instant occurredAt,
            String place,
            IncidentKind kind,
            int peopleAffected,
            String summary,
            IncidentStatus status,
            @Nullable String measures,
            @Nullable Instant respondedAt,
            @Nullable String review,
            @Nullable Instant reviewedAt,
            int version) {}

    @Introspected
    public record Drill(
            UUID id,
            UUID stationId,
            LocalDate heldOn,
            String scenario,
            int participants,
            @Nullable String findings,
            int version) {}

    /** A station's drills in a quarter; {@code missing} when it held none (flagged). */
    public record DrillQuarter(UUID stationId, Quarter quarter, List<Drill> drills) {
        public boolean missing() {
            return drills.isEmpty();
        }
    }

    /** Under the minimum (with the level), or a batch expiring within 30 days (with its date and quantity). */
    public record StockAlert(
            AlertKind kind,
            UUID stationId,
            UUID resourceTypeId,
            int onHand,
            int minimum,
            @Nullable LocalDate expiresOn,
            int quantity) {}

    /** The project's types (columns) and each station's level of each (rows, in the types' order). */
    public record StockOverview(UUID projectId, List<ResourceTypeView> types, List<StationStock> rows) {}

    public record StationStock(UUID stationId, List<StockLevel> levels) {}
}
