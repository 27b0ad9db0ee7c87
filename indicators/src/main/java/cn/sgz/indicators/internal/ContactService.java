package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.SurveyRecord;
import cn.sgz.indicators.api.IndicatorViews.VisitRecord;
import cn.sgz.indicators.api.IndicatorViews.VolunteerRecord;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.indicators.api.RecordCommands.SurveyFacts;
import cn.sgz.indicators.api.RecordCommands.VisitFacts;
import cn.sgz.indicators.api.RecordCommands.VolunteerFacts;
import cn.sgz.indicators.api.ServiceEnums.SurveySubject;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/** Logging visits, volunteer events and satisfaction questionnaires. */
@Singleton
class ContactService {
    private final ContactRepository contacts;
    private final VolunteerRepository volunteers;
    private final SurveyRepository surveys;
    private final RecordGuard guard;
    private final AuditLog audit;

    ContactService(
            ContactRepository contacts,
            VolunteerRepository volunteers,
            SurveyRepository surveys,
            RecordGuard guard,
            AuditLog audit) {
        this.contacts = contacts;
        this.volunteers = volunteers;
        this.surveys = surveys;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    VisitRecord logVisit(NewRecord<VisitFacts> command) {
        var station = guard.writableStation(command.stationId());
        var retry = RecordGuard.retried(contacts.findVisit(command.id()), station.id(), VisitRow::stationId);
        if (retry.isPresent()) {
            return view(retry.get());
        }
        var facts = command.facts();
        guard.requireOpen(station.id(), facts.visitedOn());
        var row = new VisitRow(
                command.id(),
                station.projectId(),
                station.id(),
                facts.domain(),
                facts.kind(),
                facts.clientRef(),
                facts.visitedOn(),
                facts.minutes(),
                facts.notes(),
                1,
                Tenancy.require().userId());
        Constraints.guard(() -> contacts.save(row), Constraints.unique(RecordGuard.ID_TAKEN));
        audit.record(new AuditEntry(
                "VISIT_LOGGED",
                station.id(),
                "Visit",
                row.id().toString(),
                Map.of(
                        "kind",
                        facts.kind().name(),
                        "visitedOn",
                        facts.visitedOn().toString())));
        return view(row);
    }

    @Transactional
    VolunteerRecord logVolunteerEvent(NewRecord<VolunteerFacts> command) {
        var station = guard.writableStation(command.stationId());
        var retry = RecordGuard.retried(volunteers.find(command.id()), station.id(), VolunteerRow::stationId);
        if (retry.isPresent()) {
            return view(retry.get());
        }
        var facts = command.facts();
        guard.requireOpen(station.id(), facts.heldOn());
        var row = new VolunteerRow(
                command.id(),
                station.projectId(),
                station.id(),
                facts.domain(),
                facts.kind(),
                facts.topic(),
                facts.heldOn(),
                facts.volunteers(),
                facts.hours(),
                1,
                Tenancy.require().userId());
        Constraints.guard(() -> volunteers.save(row), Constraints.unique(RecordGuard.ID_TAKEN));
        audit.record(new AuditEntry(
                "VOLUNTEER_EVENT_LOGGED",
                station.id(),
                "VolunteerEvent",
                row.id().toString(),
                Map.of("kind", facts.kind().name(), "heldOn", facts.heldOn().toString())));
        return view(row);
    }

    @Transactional
    SurveyRecord recordSurvey(NewRecord<SurveyFacts> command) {
        var station = guard.writableStation(command.stationId());
        var retry = RecordGuard.retried(surveys.find(command.id()), station.id(), SurveyRow::stationId);
        if (retry.isPresent()) {
            return view(retry.get());
        }
        var facts = command.facts();
        if (facts.subject() != SurveySubject.STATION
                && !contacts.subjectExists(facts.subject().name(), facts.subjectId(), station.id())) {
            throw DomainException.notFound("所评价的个案、小组或活动不存在于该站点");
        }
        guard.requireOpen(station.id(), facts.answeredOn());
        var row = new SurveyRow(
                command.id(),
                station.projectId(),
                station.id(),
                facts.subject(),
                facts.subjectId(),
                facts.answeredOn(),
                facts.attitude(),
                facts.content(),
                facts.methods(),
                facts.arrangements(),
                Tenancy.require().userId());
        Constraints.guard(() -> surveys.save(row), Constraints.unique(RecordGuard.ID_TAKEN));
        audit.record(new AuditEntry(
                "SURVEY_RECORDED",
                station.id(),
                "SatisfactionSurvey",
                row.id().toString(),
                Map.of(
                        "subject",
                        facts.subject().name(),
                        "answeredOn",
                        facts.answeredOn().toString())));
        return view(row);
    }

    static VisitRecord view(VisitRow row) {
        return new VisitRecord(
                row.id(),
                row.stationId(),
                row.domain(),
                row.kind(),
                row.clientRef(),
                row.visitedOn(),
                row.minutes(),
                row.notes(),
                row.version());
    }

    static VolunteerRecord view(VolunteerRow row) {
        return new VolunteerRecord(
                row.id(),
                row.stationId(),
                row.domain(),
                row.kind(),
                row.topic(),
                row.heldOn(),
                row.volunteers(),
                row.hours(),
                row.version());
    }

    static SurveyRecord view(SurveyRow row) {
        return new SurveyRecord(
                row.id(),
                row.stationId(),
                row.subjectKind(),
                row.subjectId(),
                row.answeredOn(),
                row.attitude(),
                row.content(),
                row.methods(),
                row.arrangements());
    }
}
