package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyEnums.DispatchStatus;
import cn.sgz.emergency.api.EmergencyEnums.IncidentKind;
import cn.sgz.emergency.api.EmergencyEnums.IncidentStatus;
import cn.sgz.emergency.api.EmergencyEnums.MovementKind;
import cn.sgz.emergency.api.EmergencyViews.Dispatch;
import cn.sgz.emergency.api.EmergencyViews.DispatchAllocation;
import cn.sgz.emergency.api.EmergencyViews.DispatchLine;
import cn.sgz.emergency.api.EmergencyViews.Incident;
import cn.sgz.emergency.api.EmergencyViews.Movement;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/** Dispatches, incidents and movements as the caller may read them, in a constant number of statements per list. */
@Singleton
class EmergencyReads {
    private final DispatchRepository dispatches;
    private final IncidentRepository incidents;
    private final StockRepository stock;

    EmergencyReads(DispatchRepository dispatches, IncidentRepository incidents, StockRepository stock) {
        this.dispatches = dispatches;
        this.incidents = incidents;
        this.stock = stock;
    }

    @Transactional(readOnly = true)
    java.util.Optional<Dispatch> dispatch(UUID id) {
        return dispatches.find(id).map(row -> views(List.of(row)).getFirst());
    }

    @Transactional(readOnly = true)
    Connection<Dispatch> dispatches(UUID projectId, @Nullable DispatchStatus status, PageRequest page) {
        var rows = keyset(
                page,
                (at, id) ->
                        dispatches.page(projectId, status == null ? null : status.name(), at, id, page.first() + 1));
        return Connection.of(views(rows), page, d -> d.requestedAt() + "|" + d.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, List<Dispatch>> dispatchesOf(Collection<UUID> incidentIds) {
        var result = new HashMap<UUID, List<Dispatch>>();
        if (!incidentIds.isEmpty()) {
            views(dispatches.ofIncidents(incidentIds))
                    .forEach(d -> result.computeIfAbsent(d.incidentId(), id -> new ArrayList<>())
                            .add(d));
        }
        return result;
    }

    @Transactional(readOnly = true)
    java.util.Optional<Incident> incident(UUID id) {
        return incidents.find(id).map(EmergencyReads::view);
    }

    @Transactional(readOnly = true)
    Map<UUID, Incident> incidentsByIds(Collection<UUID> ids) {
        var result = new HashMap<UUID, Incident>();
        if (!ids.isEmpty()) {
            incidents.findAll(ids).forEach(row -> result.put(row.id(), view(row)));
        }
        return result;
    }

    @Transactional(readOnly = true)
    Connection<Incident> incidents(UUID projectId, PageRequest page) {
        var rows = keyset(page, (at, id) -> incidents.page(projectId, at, id, page.first() + 1));
        return Connection.of(
                rows.stream().map(EmergencyReads::view).toList(), page, i -> i.occurredAt() + "|" + i.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, List<Movement>> usesOf(Collection<UUID> incidentIds) {
        var result = new HashMap<UUID, List<Movement>>();
        if (!incidentIds.isEmpty()) {
            incidents.uses(incidentIds).stream()
                    .map(EmergencyReads::view)
                    .forEach(m -> result.computeIfAbsent(m.incidentId(), id -> new ArrayList<>())
                            .add(m));
        }
        return result;
    }

    @Transactional(readOnly = true)
    Connection<Movement> movements(UUID stationId, @Nullable UUID typeId, PageRequest page) {
        var rows = keyset(page, (at, id) -> stock.page(stationId, typeId, at, id, page.first() + 1));
        return Connection.of(rows.stream().map(EmergencyReads::view).toList(), page, m -> m.at() + "|" + m.id());
    }

    private List<Dispatch> views(List<DispatchRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(DispatchRow::id).toList();
        var lines = new HashMap<UUID, List<DispatchLine>>();
        dispatches
                .lines(ids)
                .forEach(line -> lines.computeIfAbsent(line.dispatchId(), id -> new ArrayList<>())
                        .add(new DispatchLine(line.resourceTypeId(), line.quantity())));
        var allocations = new HashMap<UUID, List<DispatchAllocation>>();
        dispatches
                .allocations(ids)
                .forEach(a -> allocations
                        .computeIfAbsent(a.dispatchId(), id -> new ArrayList<>())
                        .add(new DispatchAllocation(a.stationId(), a.resourceTypeId(), a.quantity())));
        return rows.stream()
                .map(row -> new Dispatch(
                        row.id(),
                        row.projectId(),
                        row.stationId(),
                        row.incidentId(),
                        row.place(),
                        row.note(),
                        DispatchStatus.valueOf(row.status()),
                        row.requestedBy(),
                        row.requestedAt(),
                        row.decidedAt(),
                        row.closedAt(),
                        row.reason(),
                        row.version(),
                        lines.getOrDefault(row.id(), List.of()),
                        allocations.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** Reads a keyset page after the cursor's position ({@code instant|id}). */
    private static <T> List<T> keyset(PageRequest page, BiFunction<Instant, UUID, List<T>> read) {
        var after = page.afterPosition();
        if (after == null) {
            return read.apply(null, null);
        }
        Instant at;
        UUID id;
        try {
            var parts = after.split("\\|", 2);
            at = Instant.parse(parts[0]);
            id = UUID.fromString(parts[1]);
        } catch (RuntimeException e) {
            throw DomainException.invalid("after", "after 不是有效的分页游标");
        }
        return read.apply(at, id);
    }

    static Incident view(IncidentRow row) {
        return new Incident(
                row.id(),
                row.projectId(),
                row.stationId(),
                row.occurredAt(),
                row.place(),
                IncidentKind.valueOf(row.kind()),
                row.peopleAffected(),
                row.summary(),
                IncidentStatus.valueOf(row.status()),
                row.measures(),
                row.respondedAt(),
                row.review(),
                row.reviewedAt(),
                row.version());
    }

    static Movement view(MovementRow row) {
        return new Movement(
                row.id(),
                row.stationId(),
                row.resourceTypeId(),
                MovementKind.valueOf(row.kind()),
                row.quantity(),
                row.expiresOn(),
                row.reason(),
                row.incidentId(),
                row.dispatchId(),
                row.at(),
                row.recordedBy());
    }
}
