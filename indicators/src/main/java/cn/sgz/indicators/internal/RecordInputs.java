package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.AssessmentCommands;
import cn.sgz.indicators.api.Indicators;
import cn.sgz.indicators.api.RecordCommands.ActivityFacts;
import cn.sgz.indicators.api.RecordCommands.CaseFacts;
import cn.sgz.indicators.api.RecordCommands.Correction;
import cn.sgz.indicators.api.RecordCommands.GroupFacts;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.indicators.api.RecordCommands.SessionFacts;
import cn.sgz.indicators.api.RecordCommands.SurveyFacts;
import cn.sgz.indicators.api.RecordCommands.VisitFacts;
import cn.sgz.indicators.api.RecordCommands.VolunteerFacts;
import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.GroupKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.SurveySubject;
import cn.sgz.indicators.api.ServiceEnums.VisitKind;
import cn.sgz.indicators.api.ServiceEnums.VolunteerKind;
import cn.sgz.infra.graphql.Input;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;

/** The record mutations' inputs read into commands; each field error names its full path. */
final class RecordInputs {
    private final Indicators indicators;

    RecordInputs(Indicators indicators) {
        this.indicators = indicators;
    }

    Object logCase(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var facts = caseFacts(input.object("case"));
        return input.command(() -> indicators.logCase(new NewRecord<>(id, stationId, facts)));
    }

    Object correctCase(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var facts = caseFacts(input.object("case"));
        return input.command(() -> indicators.correctCase(new Correction<>(id, input.integer("version"), facts)));
    }

    Object logGroup(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var facts = groupFacts(input.object("group"));
        return input.command(() -> indicators.logGroup(new NewRecord<>(id, stationId, facts)));
    }

    Object correctGroup(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var facts = groupFacts(input.object("group"));
        return input.command(() -> indicators.correctGroup(new Correction<>(id, input.integer("version"), facts)));
    }

    Object logActivity(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var facts = activityFacts(input.object("activity"));
        return input.command(() -> indicators.logActivity(new NewRecord<>(id, stationId, facts)));
    }

    Object correctActivity(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var facts = activityFacts(input.object("activity"));
        return input.command(() -> indicators.correctActivity(new Correction<>(id, input.integer("version"), facts)));
    }

    Object logVisit(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var domain = input.enumValue("domain", ServiceDomain.class);
        var kind = input.enumValue("kind", VisitKind.class);
        return input.command(() -> indicators.logVisit(new NewRecord<>(
                id,
                stationId,
                new VisitFacts(
                        domain,
                        kind,
                        input.string("clientRef"),
                        input.date("visitedOn"),
                        input.integer("minutes"),
                        input.string("notes")))));
    }

    Object logVolunteerEvent(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var domain = input.enumValue("domain", ServiceDomain.class);
        var kind = input.enumValue("kind", VolunteerKind.class);
        return input.command(() -> indicators.logVolunteerEvent(new NewRecord<>(
                id,
                stationId,
                new VolunteerFacts(
                        domain,
                        kind,
                        input.string("topic"),
                        input.date("heldOn"),
                        input.integer("volunteers"),
                        input.decimal("hours")))));
    }

    Object recordSurvey(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var subject = input.enumValue("subject", SurveySubject.class);
        var subjectId = input.optionalId("subjectId");
        return input.command(() -> indicators.recordSurvey(new NewRecord<>(
                id,
                stationId,
                new SurveyFacts(
                        subject,
                        subjectId,
                        input.date("answeredOn"),
                        input.integer("attitude"),
                        input.integer("content"),
                        input.integer("methods"),
                        input.integer("arrangements")))));
    }

    Object setTargets(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var projectId = input.id("projectId");
        var quarter = input.quarter("quarter");
        var entries = new ArrayList<AssessmentCommands.TargetEntry>();
        for (var entry : input.objects("targets")) {
            var stationId = entry.optionalId("stationId");
            entries.add(entry.command(() -> new AssessmentCommands.TargetEntry(
                    entry.string("indicatorCode"), stationId, entry.decimal("target"))));
        }
        return input.command(
                () -> indicators.setTargets(new AssessmentCommands.SetTargets(projectId, quarter, entries)));
    }

    private static CaseFacts caseFacts(Input input) {
        var domain = input.enumValue("domain", ServiceDomain.class);
        var kind = input.enumValue("kind", CaseKind.class);
        var outcome = input.optionalEnum("referralOutcome", ReferralOutcome.class);
        return input.command(() -> new CaseFacts(
                domain,
                kind,
                input.string("clientRef"),
                input.date("openedOn"),
                input.date("filedOn"),
                input.integer("sessions"),
                input.date("closedOn"),
                input.string("closingSummary"),
                outcome));
    }

    private static GroupFacts groupFacts(Input input) {
        var domain = input.enumValue("domain", ServiceDomain.class);
        var kind = input.enumValue("kind", GroupKind.class);
        var sessions = new ArrayList<SessionFacts>();
        for (var session : input.objects("sessions")) {
            sessions.add(session.command(() -> new SessionFacts(
                    session.date("heldOn"), session.integer("attendance"), session.integer("minutes"))));
        }
        return input.command(() -> new GroupFacts(
                domain,
                kind,
                input.string("title"),
                input.integer("members"),
                input.date("startedOn"),
                sessions,
                input.string("finalReport"),
                input.flag("featured")));
    }

    private static ActivityFacts activityFacts(Input input) {
        var domain = input.enumValue("domain", ServiceDomain.class);
        var kind = input.enumValue("kind", ActivityKind.class);
        return input.command(() -> new ActivityFacts(
                domain,
                kind,
                input.string("title"),
                input.date("heldOn"),
                input.integer("participants"),
                input.integer("minutes"),
                input.string("report"),
                input.flag("featured")));
    }
}
