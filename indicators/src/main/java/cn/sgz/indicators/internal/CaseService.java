package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.CaseRecord;
import cn.sgz.indicators.api.RecordCommands.CaseFacts;
import cn.sgz.indicators.api.RecordCommands.Correction;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Logging and correcting cases. */
@Singleton
class CaseService {
    private final CaseRepository cases;
    private final RecordGuard guard;
    private final AuditLog audit;

    CaseService(CaseRepository cases, RecordGuard guard, AuditLog audit) {
        this.cases = cases;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    CaseRecord log(NewRecord<CaseFacts> command) {
        var station = guard.writableStation(command.stationId());
        var retry = RecordGuard.retried(cases.find(command.id()), station.id(), CaseRow::stationId);
        if (retry.isPresent()) {
            return view(retry.get());
        }
        var facts = command.facts();
        guard.requireOpen(station.id(), facts.openedOn(), facts.closedOn());
        var row = new CaseRow(
                command.id(),
                station.projectId(),
                station.id(),
                facts.domain(),
                facts.kind(),
                facts.clientRef(),
                facts.openedOn(),
                facts.filedOn(),
                facts.sessions(),
                facts.closedOn(),
                facts.closingSummary(),
                facts.referralOutcome(),
                1,
                Tenancy.require().userId());
        Constraints.guard(() -> cases.save(row), Constraints.unique(RecordGuard.ID_TAKEN));
        audit.record(
                new AuditEntry("CASE_LOGGED", station.id(), "Case", row.id().toString(), changes(facts)));
        return view(row);
    }

    @Transactional
    CaseRecord correct(Correction<CaseFacts> command) {
        var current = cases.find(command.id()).orElseThrow(RecordGuard::missing);
        guard.writableStation(current.stationId());
        var facts = command.facts();
        guard.requireOpen(
                current.stationId(), current.openedOn(), current.closedOn(), facts.openedOn(), facts.closedOn());
        var changed = cases.correct(
                current.id(),
                command.version(),
                facts.domain().name(),
                facts.kind().name(),
                facts.clientRef(),
                facts.openedOn(),
                facts.filedOn(),
                facts.sessions(),
                facts.closedOn(),
                facts.closingSummary(),
                facts.referralOutcome() == null ? null : facts.referralOutcome().name());
        if (changed == 0) {
            throw RecordGuard.stale(current.version());
        }
        var changes = changes(facts);
        changes.put("version", command.version() + 1);
        audit.record(new AuditEntry(
                "CASE_CORRECTED", current.stationId(), "Case", current.id().toString(), changes));
        return view(cases.find(current.id()).orElseThrow(RecordGuard::missing));
    }

    static CaseRecord view(CaseRow row) {
        return new CaseRecord(
                row.id(),
                row.stationId(),
                row.domain(),
                row.kind(),
                row.clientRef(),
                row.openedOn(),
                row.filedOn(),
                row.sessions(),
                row.closedOn(),
                row.closingSummary(),
                row.referralOutcome(),
                row.version(),
                QualityRules.ofCase(row.kind(), row.sessions()));
    }

    private static Map<String, Object> changes(CaseFacts facts) {
        var changes = new HashMap<String, Object>();
        changes.put("domain", facts.domain().name());
        changes.put("kind", facts.kind().name());
        changes.put("openedOn", facts.openedOn().toString());
        changes.put("sessions", facts.sessions());
        changes.put("filed", facts.filedOn() != null);
        changes.put("closed", facts.closedOn() != null);
        return changes;
    }
}
