package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A project's staffing terms and its training and supervision records. */
@Singleton
class StaffingRecords {
    private final RuleRepository rules;
    private final TrainingRepository trainings;
    private final SupervisionRepository supervisions;
    private final ProjectManagers managers;
    private final Organisation organisation;
    private final AuditLog audit;

    StaffingRecords(
            RuleRepository rules,
            TrainingRepository trainings,
            SupervisionRepository supervisions,
            ProjectManagers managers,
            Organisation organisation,
            AuditLog audit) {
        this.rules = rules;
        this.trainings = trainings;
        this.supervisions = supervisions;
        this.managers = managers;
        this.organisation = organisation;
        this.audit = audit;
    }

    @Transactional
    Rules setRules(StaffingCommands.SetRules command) {
        managers.require(command.projectId());
        var terms = new Rules(
                command.fullTimeWorkers(),
                command.qualificationLevels(),
                command.minExperienceYears(),
                command.requireRelevantDegree());
        var row = RuleRow.of(command.projectId(), terms);
        rules.upsert(
                row.projectId(),
                row.fullTimeWorkers(),
                row.qualificationLevels(),
                row.minExperienceYears(),
                row.requireRelevantDegree());
        audit.record(new AuditEntry(
                "STAFFING_RULES_SET",
                null,
                "Project",
                command.projectId().toString(),
                Map.of(
                        "fullTimeWorkers", terms.fullTimeWorkers(),
                        "qualificationLevels",
                                terms.qualificationLevels().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList(),
                        "minExperienceYears", terms.minExperienceYears().toPlainString(),
                        "requireRelevantDegree", terms.requireRelevantDegree())));
        return terms;
    }

    @Transactional
    UUID recordTraining(StaffingCommands.RecordTraining command) {
        managers.require(command.projectId());
        managers.requireStaffOf(command.projectId(), command.attendees());
        var row = new TrainingSessionRow(
                UUID.randomUUID(),
                command.projectId(),
                command.kind(),
                command.heldOn(),
                command.hours(),
                command.topic());
        trainings.save(row);
        if (!command.attendees().isEmpty()) {
            trainings.attend(row.id(), row.projectId(), command.attendees());
        }
        audit.record(new AuditEntry(
                "TRAINING_RECORDED",
                null,
                "TrainingSession",
                row.id().toString(),
                Map.of(
                        "kind", command.kind().name(),
                        "heldOn", command.heldOn().toString(),
                        "attendees", command.attendees().size())));
        return row.id();
    }

    @Transactional
    UUID recordSupervision(StaffingCommands.RecordSupervision command) {
        var station = organisation.station(command.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
        managers.require(station.projectId());
        managers.requireStaffOf(station.projectId(), List.of(command.supervisorId()));
        managers.requireStaffOf(station.projectId(), command.attendees());
        var row = new SupervisionSessionRow(
                UUID.randomUUID(),
                station.projectId(),
                station.id(),
                command.kind(),
                command.heldOn(),
                command.supervisorId(),
                command.topic());
        supervisions.save(row);
        if (!command.attendees().isEmpty()) {
            supervisions.attend(row.id(), row.projectId(), command.attendees());
        }
        audit.record(new AuditEntry(
                "SUPERVISION_RECORDED",
                station.id(),
                "SupervisionSession",
                row.id().toString(),
                Map.of("kind", command.kind().name(), "heldOn", command.heldOn().toString())));
        return row.id();
    }
}
