package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyCommands.IncidentStep;
import cn.sgz.emergency.api.EmergencyCommands.NewIncident;
import cn.sgz.emergency.api.EmergencyEnums.IncidentStatus;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.deadline.Deadlines;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Incidents: reported by the station (or the lead) with a 24-hour response clock from when it
 * happened (the EMERGENCY_RESPONSE policy of the project); responding with the measures taken meets
 * it; the after-action review closes the record.
 */
@Singleton
class IncidentService {
    static final String SUBJECT = "Incident";
    static final String CLOCK = "EMERGENCY_RESPONSE";
    private static final Duration EARLIEST = Duration.ofDays(30);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final IncidentRepository incidents;
    private final StationGuard guard;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;

    IncidentService(
            IncidentRepository incidents, StationGuard guard, Deadlines deadlines, AuditLog audit, Clock clock) {
        this.incidents = incidents;
        this.guard = guard;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    IncidentRow report(NewIncident command) {
        var station = guard.writable(command.stationId(), "登记本站点的突发事件");
        var existing = incidents.find(command.id());
        if (existing.isPresent()) {
            if (!existing.get().stationId().equals(station.id())) {
                throw DomainException.conflict("该编号已被另一条记录使用，请换一个新的编号");
            }
            return existing.get();
        }
        var now = clock.instant();
        if (command.occurredAt().isAfter(now.plus(CLOCK_SKEW))
                || command.occurredAt().isBefore(now.minus(EARLIEST))) {
            throw DomainException.invalid("occurredAt", "发生时间须在过去 30 天内，且不能晚于现在");
        }
        var row = new IncidentRow(
                command.id(),
                station.projectId(),
                station.id(),
                command.occurredAt(),
                command.place(),
                command.kind().name(),
                command.peopleAffected(),
                command.summary(),
                IncidentStatus.OPEN.name(),
                null,
                null,
                null,
                null,
                Tenancy.require().userId(),
                1);
        incidents.save(row);
        deadlines.open(new Deadlines.NewDeadline(
                clockId(row.id()),
                row.projectId(),
                row.stationId(),
                SUBJECT,
                row.id().toString(),
                CLOCK,
                row.occurredAt()));
        audit.record(new AuditEntry(
                "INCIDENT_REPORTED",
                row.stationId(),
                SUBJECT,
                row.id().toString(),
                Map.of("kind", row.kind(), "place", row.place(), "peopleAffected", row.peopleAffected())));
        return row;
    }

    @Transactional
    IncidentRow respond(IncidentStep command) {
        var current = writable(command.id());
        if (!current.status().equals(IncidentStatus.OPEN.name())) {
            throw DomainException.conflict("事件已响应，不能重复登记响应措施");
        }
        var now = clock.instant();
        if (incidents.respond(current.id(), command.version(), command.text(), now) == 0) {
            throw stale(current);
        }
        deadlines.meet(clockId(current.id()), now);
        audit.record(new AuditEntry(
                "INCIDENT_RESPONDED", current.stationId(), SUBJECT, current.id().toString(), Map.of()));
        return incidents.find(current.id()).orElseThrow();
    }

    @Transactional
    IncidentRow review(IncidentStep command) {
        var current = writable(command.id());
        if (!current.status().equals(IncidentStatus.RESPONDED.name())) {
            throw DomainException.conflict("事件须先登记响应措施，再做事后复盘");
        }
        if (incidents.review(current.id(), command.version(), command.text(), clock.instant()) == 0) {
            throw stale(current);
        }
        audit.record(new AuditEntry(
                "INCIDENT_REVIEWED", current.stationId(), SUBJECT, current.id().toString(), Map.of()));
        return incidents.find(current.id()).orElseThrow();
    }

    private IncidentRow writable(UUID id) {
        var current = incidents.find(id).orElseThrow(() -> DomainException.notFound("突发事件不存在"));
        guard.writable(current.stationId(), "处理本站点的突发事件");
        return current;
    }

    private static DomainException stale(IncidentRow current) {
        return DomainException.stale("事件", current.version());
    }

    static UUID clockId(UUID incidentId) {
        return UUID.nameUUIDFromBytes((incidentId + "|" + CLOCK).getBytes(StandardCharsets.UTF_8));
    }
}
