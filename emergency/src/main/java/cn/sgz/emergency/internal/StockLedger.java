package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyEnums.MovementKind;
import cn.sgz.emergency.internal.BatchTaker.Taken;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.SqlStates;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The ledger's moves, inside the caller's transaction: each changes the level (the row lock and its
 * CHECKs), the batches and writes its movement, so the movements of a line always sum to its level
 * and its batches to what it holds.
 */
@Singleton
class StockLedger {
    /** One station's line of one resource type. */
    record Line(UUID stationId, UUID projectId, UUID typeId) {}

    /** Why a movement was made: an incident, a dispatch, a reason. */
    record Cause(
            @Nullable UUID incidentId,
            @Nullable UUID dispatchId,
            @Nullable String reason) {}

    private final StockRepository stock;
    private final BatchTaker batches;
    private final StockReads reads;
    private final Clock clock;

    StockLedger(StockRepository stock, BatchTaker batches, StockReads reads, Clock clock) {
        this.stock = stock;
        this.batches = batches;
        this.reads = reads;
        this.clock = clock;
    }

    /** Adds a batch; the movement says how it came (RECEIVE, DISPATCH_IN, ADJUST). */
    void add(UUID movementId, Line line, MovementKind kind, int quantity, @Nullable LocalDate expiresOn, Cause cause) {
        var now = clock.instant();
        stock.open(line.stationId(), line.projectId(), line.typeId(), now);
        stock.change(line.stationId(), line.typeId(), quantity, 0, now);
        stock.addBatch(UUID.randomUUID(), line.stationId(), line.projectId(), line.typeId(), expiresOn, quantity, now);
        record(movementId, line, kind, quantity, expiresOn, cause);
    }

    /** Takes from what is free (not reserved), earliest expiry first; CONFLICT when not enough is free. */
    List<Taken> take(UUID movementId, Line line, MovementKind kind, int quantity, Cause cause) {
        takeFree(line, -quantity, 0, quantity);
        var taken = batches.takeEarliestFirst(line.stationId(), line.typeId(), quantity);
        record(movementId, line, kind, -quantity, null, cause);
        return taken;
    }

    /** Holds stock for an approved dispatch; CONFLICT when not enough is free. */
    void reserve(Line line, int quantity) {
        takeFree(line, 0, quantity, quantity);
    }

    void release(Line line, int quantity) {
        stock.change(line.stationId(), line.typeId(), 0, -quantity, clock.instant());
    }

    /** Sends reserved stock out (DISPATCH_OUT); returns the batches it came from, for the destination. */
    List<Taken> ship(UUID movementId, Line line, int quantity, Cause cause) {
        guarded(() -> stock.change(line.stationId(), line.typeId(), -quantity, -quantity, clock.instant()));
        var taken = batches.takeEarliestFirst(line.stationId(), line.typeId(), quantity);
        record(movementId, line, MovementKind.DISPATCH_OUT, -quantity, null, cause);
        return taken;
    }

    /** Changes the line if enough of it is free; CONFLICT, with what is free, when not. */
    private void takeFree(Line line, int held, int reserved, int quantity) {
        var changed = guarded(
                () -> stock.changeIfFree(line.stationId(), line.typeId(), held, reserved, quantity, clock.instant()));
        if (changed == 0) {
            int free = reads.free(line.stationId(), line.typeId());
            throw DomainException.conflict("库存不足：可用 " + free + "，需要 " + quantity + "（已预留给调度的不能使用）");
        }
    }

    private void record(
            UUID id, Line line, MovementKind kind, int quantity, @Nullable LocalDate expiresOn, Cause cause) {
        Constraints.guard(
                () -> stock.save(new MovementRow(
                        id,
                        line.stationId(),
                        line.projectId(),
                        line.typeId(),
                        kind.name(),
                        quantity,
                        expiresOn,
                        cause.reason(),
                        cause.incidentId(),
                        cause.dispatchId(),
                        clock.instant(),
                        Tenancy.require().userId())),
                Constraints.unique("该编号已被另一条记录使用，请换一个新的编号"),
                Constraints.reference("关联的事件或调度不存在"));
    }

    /** The database's last word: a level that would go negative, or reserve more than held, is refused. */
    private static long guarded(java.util.function.Supplier<Long> change) {
        return Constraints.guard(
                change,
                new Constraints.Meaning(SqlStates.CHECK_VIOLATION, () -> DomainException.conflict("库存不足，操作未执行")));
    }
}
