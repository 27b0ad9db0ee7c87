package cn.sgz.emergency.api;

import cn.sgz.emergency.api.EmergencyEnums.IncidentKind;
import cn.sgz.emergency.api.EmergencyEnums.ResourceCategory;
import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** What callers ask of the emergency module, each checked in its constructor. Ids are the client's. */
public final class EmergencyCommands {
    private static final int MOST = 1_000_000;

    private EmergencyCommands() {}

    /** A resource type of a project's catalogue: new without a version, changed with the current one. */
    public record DefineResourceType(
            UUID id,
            UUID projectId,
            String name,
            ResourceCategory category,
            String unit,
            int minimumPerStation,
            boolean expires,
            @Nullable Integer version) {
        public DefineResourceType {
            Check.present("id", id);
            Check.present("projectId", projectId);
            name = Check.text("name", name, 60);
            Check.present("category", category);
            unit = Check.text("unit", unit, 10);
            Check.range("minimumPerStation", minimumPerStation, 0, MOST);
            if (version != null) {
                Check.range("version", version, 1, Integer.MAX_VALUE);
            }
        }
    }

    /** Supplies that arrived at the station; an expiring type needs the batch's expiry date. */
    public record Receipt(
            UUID id,
            UUID stationId,
            UUID resourceTypeId,
            int quantity,
            @Nullable LocalDate expiresOn) {
        public Receipt {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("resourceTypeId", resourceTypeId);
            Check.range("quantity", quantity, 1, MOST);
        }
    }

    /** Supplies used at the station, for an incident or another purpose. */
    public record Use(
            UUID id,
            UUID stationId,
            UUID resourceTypeId,
            int quantity,
            @Nullable UUID incidentId,
            @Nullable String purpose) {
        public Use {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("resourceTypeId", resourceTypeId);
            Check.range("quantity", quantity, 1, MOST);
            purpose = Check.optionalText("purpose", purpose, 500);
        }
    }

    /** A count corrected (stocktaking, damage): signed, with a reason; an addition of an expiring type needs its expiry. */
    public record Adjustment(
            UUID id,
            UUID stationId,
            UUID resourceTypeId,
            int change,
            String reason,
            @Nullable LocalDate expiresOn) {
        public Adjustment {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("resourceTypeId", resourceTypeId);
            Check.range("change", change, -MOST, MOST);
            if (change == 0) {
                throw DomainException.invalid("change", "change 不能为 0");
            }
            reason = Check.text("reason", reason, 500);
            if (reason.length() < 2) {
                throw DomainException.invalid("reason", "调整须说明原因（至少 2 个字）");
            }
        }
    }

    public record Line(UUID resourceTypeId, int quantity) {
        public Line {
            Check.present("resourceTypeId", resourceTypeId);
            Check.range("quantity", quantity, 1, MOST);
        }
    }

    /** Resources asked for, to be brought to the station (the destination) for a place or an incident. */
    public record DispatchRequest(
            UUID id,
            UUID stationId,
            String place,
            @Nullable UUID incidentId,
            @Nullable String note,
            List<Line> lines) {
        public DispatchRequest {
            Check.present("id", id);
            Check.present("stationId", stationId);
            place = Check.text("place", place, 200);
            note = Check.optionalText("note", note, 1000);
            lines = List.copyOf(Check.present("lines", lines));
            if (lines.isEmpty() || lines.size() > 50) {
                throw DomainException.invalid("lines", "lines 须有 1 到 50 项");
            }
            var seen = new HashSet<UUID>();
            for (int i = 0; i < lines.size(); i++) {
                if (!seen.add(lines.get(i).resourceTypeId())) {
                    throw DomainException.invalid("lines[" + i + "].resourceTypeId", "同一种物资只能列一次");
                }
            }
        }
    }

    public record Allocation(UUID stationId, UUID resourceTypeId, int quantity) {
        public Allocation {
            Check.present("stationId", stationId);
            Check.present("resourceTypeId", resourceTypeId);
            Check.range("quantity", quantity, 1, MOST);
        }
    }

    /** The lead's approval: which stations give how much; reserved there at once. */
    public record DispatchApproval(UUID id, int version, List<Allocation> allocations) {
        public DispatchApproval {
            Check.present("id", id);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            allocations = List.copyOf(Check.present("allocations", allocations));
            if (allocations.isEmpty() || allocations.size() > 200) {
                throw DomainException.invalid("allocations", "allocations 须有 1 到 200 项");
            }
            var seen = new HashSet<List<UUID>>();
            for (int i = 0; i < allocations.size(); i++) {
                var allocation = allocations.get(i);
                if (!seen.add(List.of(allocation.stationId(), allocation.resourceTypeId()))) {
                    throw DomainException.invalid("allocations[" + i + "]", "同一站点的同一种物资只能列一次");
                }
            }
        }
    }

    /** Receiving, cancelling or rejecting a dispatch, on the version seen; a rejection or cancellation says why. */
    public record DispatchStep(
            UUID id, int version, @Nullable String reason) {
        public DispatchStep {
            Check.present("id", id);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            reason = Check.optionalText("reason", reason, 500);
        }
    }

    public record NewIncident(
            UUID id,
            UUID stationId,
            Instant occurredAt,
            String place,
            IncidentKind kind,
            int peopleAffected,
            String summary) {
        public NewIncident {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("occurredAt", occurredAt);
            place = Check.text("place", place, 200);
            Check.present("kind", kind);
            Check.range("peopleAffected", peopleAffected, 0, 10_000_000);
            summary = Check.text("summary", summary, 2000);
        }
    }

    /** The response (measures taken) or the after-action review of an incident, on the version seen. */
    public record IncidentStep(UUID id, int version, String text) {
        public IncidentStep {
            Check.present("id", id);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            text = Check.text("text", text, 4000);
        }
    }

    public record NewDrill(
            UUID id,
            UUID stationId,
            LocalDate heldOn,
            String scenario,
            int participants,
            @Nullable String findings) {
        public NewDrill {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("heldOn", heldOn);
            scenario = Check.text("scenario", scenario, 200);
            Check.range("participants", participants, 1, 100_000);
            findings = Check.optionalText("findings", findings, 4000);
        }
    }

    /** A recorded drill corrected, on the version seen; the station stays. */
    public record DrillCorrection(
            UUID id,
            int version,
            LocalDate heldOn,
            String scenario,
            int participants,
            @Nullable String findings) {
        public DrillCorrection {
            Check.present("id", id);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            Check.present("heldOn", heldOn);
            scenario = Check.text("scenario", scenario, 200);
            Check.range("participants", participants, 1, 100_000);
            findings = Check.optionalText("findings", findings, 4000);
        }
    }
}
