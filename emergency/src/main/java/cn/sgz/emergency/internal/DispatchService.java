package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyCommands.DispatchApproval;
import cn.sgz.emergency.api.EmergencyCommands.DispatchRequest;
import cn.sgz.emergency.api.EmergencyCommands.DispatchStep;
import cn.sgz.emergency.api.EmergencyEnums.DispatchStatus;
import cn.sgz.emergency.api.EmergencyEnums.MovementKind;
import cn.sgz.emergency.internal.StockLedger.Cause;
import cn.sgz.emergency.internal.StockLedger.Line;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dispatches: a station (for itself) or the lead requests; the lead approves with the source
 * stations, which reserves there at once, or rejects; the lead or a supervisor confirms receipt at
 * the destination (stock leaves the sources, earliest expiry first, and arrives with its batches) or
 * cancels (reservations released). Each step returns the lines it changed, for the live view.
 */
@Singleton
class DispatchService {
    /** The dispatch after a step, and the stock lines the step changed. */
    record Stepped(DispatchRow dispatch, List<Line> changed) {}

    private final DispatchRepository dispatches;
    private final StationGuard guard;
    private final StockLedger ledger;
    private final AuditLog audit;
    private final Clock clock;

    DispatchService(
            DispatchRepository dispatches, StationGuard guard, StockLedger ledger, AuditLog audit, Clock clock) {
        this.dispatches = dispatches;
        this.guard = guard;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Stepped request(DispatchRequest command) {
        var station = guard.writable(command.stationId(), "为本站点申请调度物资");
        var existing = dispatches.find(command.id());
        if (existing.isPresent()) {
            if (!existing.get().stationId().equals(station.id())) {
                throw DomainException.conflict("该编号已被另一条记录使用，请换一个新的编号");
            }
            return new Stepped(existing.get(), List.of());
        }
        for (int i = 0; i < command.lines().size(); i++) {
            guard.typeOf(station, command.lines().get(i).resourceTypeId(), "lines[" + i + "].resourceTypeId");
        }
        var row = new DispatchRow(
                command.id(),
                station.projectId(),
                station.id(),
                command.incidentId(),
                command.place(),
                command.note(),
                DispatchStatus.REQUESTED.name(),
                Tenancy.require().userId(),
                clock.instant(),
                null,
                null,
                null,
                null,
                1);
        Constraints.guard(() -> dispatches.save(row), Constraints.reference("关联的突发事件不存在"));
        for (var line : command.lines()) {
            dispatches.addLine(row.id(), row.projectId(), row.stationId(), line.resourceTypeId(), line.quantity());
        }
        audited(
                "DISPATCH_REQUESTED",
                row,
                Map.of("place", row.place(), "lines", command.lines().size()));
        return new Stepped(row, List.of());
    }

    @Transactional
    Stepped approve(DispatchApproval command) {
        var current = find(command.id());
        guard.requireLead(current.projectId());
        DispatchRules.checkAllocations(current, dispatches.lines(List.of(current.id())), command.allocations());
        for (int i = 0; i < command.allocations().size(); i++) {
            var source = command.allocations().get(i).stationId();
            if (!guard.visible(source).projectId().equals(current.projectId())) {
                throw new DomainException(
                        cn.sgz.infra.error.ErrorCode.NOT_FOUND, "调出站点不属于本项目", "allocations[" + i + "].stationId");
            }
        }
        advance(current, command.version(), DispatchStatus.REQUESTED, DispatchStatus.IN_TRANSIT, true, null);
        var changed = new ArrayList<Line>();
        // in one order (station, type), so concurrent approvals lock the same lines in the same order
        for (var allocation : DispatchRules.ordered(command.allocations())) {
            var line = new Line(allocation.stationId(), current.projectId(), allocation.resourceTypeId());
            ledger.reserve(line, allocation.quantity());
            dispatches.addAllocation(
                    current.id(), current.projectId(), line.stationId(), line.typeId(), allocation.quantity());
            changed.add(line);
        }
        audited(
                "DISPATCH_APPROVED",
                current,
                Map.of("allocations", command.allocations().size()));
        return new Stepped(find(current.id()), changed);
    }

    @Transactional
    Stepped reject(DispatchStep command) {
        var current = find(command.id());
        guard.requireLead(current.projectId());
        if (command.reason() == null) {
            throw DomainException.invalid("reason", "驳回须说明原因");
        }
        advance(current, command.version(), DispatchStatus.REQUESTED, DispatchStatus.REJECTED, true, command.reason());
        audited("DISPATCH_REJECTED", current, Map.of("reason", command.reason()));
        return new Stepped(find(current.id()), List.of());
    }

    @Transactional
    Stepped cancel(DispatchStep command) {
        var current = find(command.id());
        var status = DispatchStatus.valueOf(current.status());
        if (status == DispatchStatus.REQUESTED) {
            guard.writable(current.stationId(), "撤回本站点的调度申请");
        } else {
            guard.requireManager(current.projectId());
        }
        if (status != DispatchStatus.REQUESTED && status != DispatchStatus.IN_TRANSIT) {
            throw DomainException.conflict("调度已" + (status == DispatchStatus.RECEIVED ? "签收" : "结束") + "，不能取消");
        }
        advance(current, command.version(), status, DispatchStatus.CANCELLED, false, command.reason());
        var changed = new ArrayList<Line>();
        for (var allocation : dispatches.allocations(List.of(current.id()))) {
            var line = new Line(allocation.stationId(), current.projectId(), allocation.resourceTypeId());
            ledger.release(line, allocation.quantity());
            changed.add(line);
        }
        audited(
                "DISPATCH_CANCELLED",
                current,
                command.reason() == null ? Map.of() : Map.of("reason", command.reason()));
        return new Stepped(find(current.id()), changed);
    }

    @Transactional
    Stepped receive(DispatchStep command) {
        var current = find(command.id());
        guard.requireManager(current.projectId());
        advance(current, command.version(), DispatchStatus.IN_TRANSIT, DispatchStatus.RECEIVED, false, null);
        var changed = new ArrayList<Line>();
        var cause = new Cause(current.incidentId(), current.id(), null);
        for (var allocation : dispatches.allocations(List.of(current.id()))) {
            var source = new Line(allocation.stationId(), current.projectId(), allocation.resourceTypeId());
            var destination = new Line(current.stationId(), current.projectId(), allocation.resourceTypeId());
            var taken = ledger.ship(movementId(current, source, "OUT", 0), source, allocation.quantity(), cause);
            for (int i = 0; i < taken.size(); i++) {
                var batch = taken.get(i);
                ledger.add(
                        movementId(current, source, "IN", i),
                        destination,
                        MovementKind.DISPATCH_IN,
                        batch.quantity(),
                        batch.expiresOn(),
                        cause);
            }
            changed.add(source);
            changed.add(destination);
        }
        audited("DISPATCH_RECEIVED", current, Map.of());
        return new Stepped(find(current.id()), changed);
    }

    private DispatchRow find(UUID id) {
        return dispatches.find(id).orElseThrow(() -> DomainException.notFound("调度不存在"));
    }

    private void advance(
            DispatchRow current, int version, DispatchStatus from, DispatchStatus to, boolean decides, String reason) {
        if (!current.status().equals(from.name())) {
            throw DomainException.conflict("调度当前状态为 " + current.status() + "，不能" + DispatchRules.verb(to));
        }
        var moved = dispatches.advance(
                current.id(),
                version,
                from.name(),
                to.name(),
                decides,
                Tenancy.require().userId(),
                clock.instant(),
                reason);
        if (moved == 0) {
            throw DomainException.stale("调度", current.version());
        }
    }

    /** The same movement id on every attempt of a step, so a step is recorded once. */
    private static UUID movementId(DispatchRow dispatch, Line line, String side, int batch) {
        var name = dispatch.id() + "|" + line.stationId() + "|" + line.typeId() + "|" + side + "|" + batch;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private void audited(String action, DispatchRow dispatch, Map<String, ?> changes) {
        audit.record(new AuditEntry(
                action, dispatch.stationId(), "Dispatch", dispatch.id().toString(), changes));
    }
}
