package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyCommands.Adjustment;
import cn.sgz.emergency.api.EmergencyCommands.Receipt;
import cn.sgz.emergency.api.EmergencyCommands.Use;
import cn.sgz.emergency.api.EmergencyEnums.MovementKind;
import cn.sgz.emergency.internal.StockLedger.Cause;
import cn.sgz.emergency.internal.StockLedger.Line;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Receipts, use and adjustments at the holding station. Each returns the line it changed; a retry
 * with the same id changes nothing and returns the line again.
 */
@Singleton
class StockService {
    private final StationGuard guard;
    private final StockLedger ledger;
    private final StockRepository stock;
    private final AuditLog audit;

    StockService(StationGuard guard, StockLedger ledger, StockRepository stock, AuditLog audit) {
        this.guard = guard;
        this.ledger = ledger;
        this.stock = stock;
        this.audit = audit;
    }

    @Transactional
    Line receive(Receipt command) {
        var line = line(command.id(), command.stationId(), command.resourceTypeId(), "登记物资入库");
        if (retried(command.id(), line)) {
            return line;
        }
        var type = guard.typeOf(guard.visible(line.stationId()), line.typeId(), "resourceTypeId");
        var expiresOn = expiry(type, command.expiresOn(), "expiresOn");
        ledger.add(
                command.id(), line, MovementKind.RECEIVE, command.quantity(), expiresOn, new Cause(null, null, null));
        audited("STOCK_RECEIVED", command.id(), line, command.quantity(), null);
        return line;
    }

    @Transactional
    Line use(Use command) {
        var line = line(command.id(), command.stationId(), command.resourceTypeId(), "登记物资使用");
        if (retried(command.id(), line)) {
            return line;
        }
        ledger.take(
                command.id(),
                line,
                MovementKind.USE,
                command.quantity(),
                new Cause(command.incidentId(), null, command.purpose()));
        audited("STOCK_USED", command.id(), line, -command.quantity(), command.purpose());
        return line;
    }

    @Transactional
    Line adjust(Adjustment command) {
        var line = line(command.id(), command.stationId(), command.resourceTypeId(), "调整库存");
        if (retried(command.id(), line)) {
            return line;
        }
        var cause = new Cause(null, null, command.reason());
        if (command.change() > 0) {
            var type = guard.typeOf(guard.visible(line.stationId()), line.typeId(), "resourceTypeId");
            var expiresOn = expiry(type, command.expiresOn(), "expiresOn");
            ledger.add(command.id(), line, MovementKind.ADJUST, command.change(), expiresOn, cause);
        } else {
            ledger.take(command.id(), line, MovementKind.ADJUST, -command.change(), cause);
        }
        audited("STOCK_ADJUSTED", command.id(), line, command.change(), command.reason());
        return line;
    }

    private Line line(UUID id, UUID stationId, UUID typeId, String what) {
        var station = guard.writable(stationId, what);
        var type = guard.typeOf(station, typeId, "resourceTypeId");
        return new Line(station.id(), station.projectId(), type.id());
    }

    /** A movement with this id exists: a retry of the same line (true), or a clash (CONFLICT). */
    private boolean retried(UUID id, Line line) {
        var existing = stock.find(id);
        if (existing.isEmpty()) {
            return false;
        }
        if (!existing.get().stationId().equals(line.stationId())
                || !existing.get().resourceTypeId().equals(line.typeId())) {
            throw DomainException.conflict("该编号已被另一条记录使用，请换一个新的编号");
        }
        return true;
    }

    private static @Nullable LocalDate expiry(ResourceTypeRow type, @Nullable LocalDate given, String field) {
        if (type.expires() && given == null) {
            throw DomainException.invalid(field, "「" + type.name() + "」有有效期，须填写该批的到期日期");
        }
        if (!type.expires() && given != null) {
            throw DomainException.invalid(field, "「" + type.name() + "」不设有效期，不能填写到期日期");
        }
        return given;
    }

    private void audited(String action, UUID id, Line line, int change, @Nullable String reason) {
        var changes = new HashMap<String, Object>(
                Map.of("resourceTypeId", line.typeId().toString(), "change", change));
        if (reason != null) {
            changes.put("reason", reason);
        }
        audit.record(new AuditEntry(action, line.stationId(), "StockMovement", id.toString(), changes));
    }
}
