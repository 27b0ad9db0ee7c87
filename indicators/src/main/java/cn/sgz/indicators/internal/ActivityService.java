package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.ActivityRecord;
import cn.sgz.indicators.api.RecordCommands.ActivityFacts;
import cn.sgz.indicators.api.RecordCommands.Correction;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/** Logging and correcting community activities. */
@Singleton
class ActivityService {
    private final ActivityRepository activities;
    private final RecordGuard guard;
    private final AuditLog audit;

    ActivityService(ActivityRepository activities, RecordGuard guard, AuditLog audit) {
        this.activities = activities;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    ActivityRecord log(NewRecord<ActivityFacts> command) {
        var station = guard.writableStation(command.stationId());
        var retry = RecordGuard.retried(activities.find(command.id()), station.id(), ActivityRow::stationId);
        if (retry.isPresent()) {
            return view(retry.get());
        }
        var facts = command.facts();
        guard.requireOpen(station.id(), facts.heldOn());
        var row = new ActivityRow(
                command.id(),
                station.projectId(),
                station.id(),
                facts.domain(),
                facts.kind(),
                facts.title(),
                facts.heldOn(),
                facts.participants(),
                facts.minutes(),
                facts.report(),
                facts.featured(),
                1,
                Tenancy.require().userId());
        Constraints.guard(() -> activities.save(row), Constraints.unique(RecordGuard.ID_TAKEN));
        audit.record(new AuditEntry(
                "ACTIVITY_LOGGED", station.id(), "Activity", row.id().toString(), changes(facts)));
        return view(row);
    }

    @Transactional
    ActivityRecord correct(Correction<ActivityFacts> command) {
        var current = activities.find(command.id()).orElseThrow(RecordGuard::missing);
        guard.writableStation(current.stationId());
        var facts = command.facts();
        guard.requireOpen(current.stationId(), current.heldOn(), facts.heldOn());
        var changed = activities.correct(
                current.id(),
                command.version(),
                facts.domain().name(),
                facts.kind().name(),
                facts.title(),
                facts.heldOn(),
                facts.participants(),
                facts.minutes(),
                facts.report(),
                facts.featured());
        if (changed == 0) {
            throw RecordGuard.stale(current.version());
        }
        audit.record(new AuditEntry(
                "ACTIVITY_CORRECTED",
                current.stationId(),
                "Activity",
                current.id().toString(),
                changes(facts)));
        return view(activities.find(current.id()).orElseThrow(RecordGuard::missing));
    }

    static ActivityRecord view(ActivityRow row) {
        return new ActivityRecord(
                row.id(),
                row.stationId(),
                row.domain(),
                row.kind(),
                row.title(),
                row.heldOn(),
                row.participants(),
                row.minutes(),
                row.report(),
                row.featured(),
                row.version(),
                QualityRules.ofActivity(row.kind(), row.domain(), row.participants(), row.minutes()));
    }

    private static Map<String, Object> changes(ActivityFacts facts) {
        return Map.of(
                "domain", facts.domain().name(),
                "kind", facts.kind().name(),
                "heldOn", facts.heldOn().toString(),
                "participants", facts.participants(),
                "minutes", facts.minutes(),
                "featured", facts.featured());
    }
}
