package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyCommands.DrillCorrection;
import cn.sgz.emergency.api.EmergencyCommands.NewDrill;
import cn.sgz.emergency.api.EmergencyViews.Drill;
import cn.sgz.emergency.api.EmergencyViews.DrillQuarter;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.Quarter;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drills: one recorded per station and quarter is expected; a quarter without one is flagged. */
@Singleton
class DrillService {
    private final DrillRepository drills;
    private final StationGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    DrillService(DrillRepository drills, StationGuard guard, AuditLog audit, Clock clock) {
        this.drills = drills;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Drill record(NewDrill command) {
        var station = guard.writable(command.stationId(), "登记本站点的应急演练");
        var existing = drills.find(command.id());
        if (existing.isPresent()) {
            if (!existing.get().stationId().equals(station.id())) {
                throw DomainException.conflict("该编号已被另一条记录使用，请换一个新的编号");
            }
            return view(existing.get());
        }
        notInTheFuture(command.heldOn());
        var row = new DrillRow(
                command.id(),
                station.projectId(),
                station.id(),
                command.heldOn(),
                command.scenario(),
                command.participants(),
                command.findings(),
                Tenancy.require().userId(),
                1);
        drills.save(row);
        audit.record(new AuditEntry(
                "DRILL_RECORDED",
                row.stationId(),
                "Drill",
                row.id().toString(),
                Map.of("heldOn", row.heldOn().toString(), "participants", row.participants())));
        return view(row);
    }

    /** A drill corrected by its station (or the project's lead and supervisors), on the version seen. */
    @Transactional
    Drill correct(DrillCorrection command) {
        var current = drills.find(command.id()).orElseThrow(() -> DomainException.notFound("演练记录不存在"));
        guard.writable(current.stationId(), "更正本站点的应急演练");
        notInTheFuture(command.heldOn());
        if (drills.correct(
                        command.id(),
                        command.version(),
                        command.heldOn(),
                        command.scenario(),
                        command.participants(),
                        command.findings())
                == 0) {
            throw DomainException.stale("演练记录", current.version());
        }
        var changes = new HashMap<String, Object>();
        changes.put("heldOn", command.heldOn().toString());
        changes.put("scenario", command.scenario());
        changes.put("participants", command.participants());
        changes.put("findings", command.findings());
        audit.record(new AuditEntry(
                "DRILL_CORRECTED", current.stationId(), "Drill", current.id().toString(), changes));
        return view(drills.find(command.id()).orElseThrow());
    }

    private void notInTheFuture(LocalDate heldOn) {
        if (heldOn.isAfter(LocalDate.now(clock.withZone(BusinessCalendar.ZONE)))) {
            throw DomainException.invalid("heldOn", "演练日期不能晚于今天");
        }
    }

    /** Each station's drills of the quarter, in one statement; a station out of reach is absent. */
    @Transactional(readOnly = true)
    Map<UUID, DrillQuarter> of(Collection<UUID> stationIds, Quarter quarter) {
        var held = new HashMap<UUID, List<Drill>>();
        if (!stationIds.isEmpty()) {
            for (var row : drills.held(stationIds, quarter.firstDay(), quarter.lastDay())) {
                held.computeIfAbsent(row.stationId(), id -> new ArrayList<>()).add(view(row));
            }
        }
        var result = new HashMap<UUID, DrillQuarter>();
        for (var stationId : stationIds) {
            result.put(stationId, new DrillQuarter(stationId, quarter, held.getOrDefault(stationId, List.of())));
        }
        return result;
    }

    static Drill view(DrillRow row) {
        return new Drill(
                row.id(),
                row.stationId(),
                row.heldOn(),
                row.scenario(),
                row.participants(),
                row.findings(),
                row.version());
    }
}
