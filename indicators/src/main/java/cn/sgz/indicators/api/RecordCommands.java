package cn.sgz.indicators.api;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.GroupKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.SurveySubject;
import cn.sgz.indicators.api.ServiceEnums.VisitKind;
import cn.sgz.indicators.api.ServiceEnums.VolunteerKind;
import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What workers record. Each kind of record is described by its facts, checked once in their
 * constructor and shared by the first entry ({@link NewRecord}, with the client's id) and every
 * correction ({@link Correction}, with the version it was made on).
 */
public final class RecordCommands {
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private RecordCommands() {}

    /** A first entry; the id is the client's, so a retry finds the record it already made. */
    public record NewRecord<F>(UUID id, UUID stationId, F facts) {
        public NewRecord {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("facts", facts);
        }
    }

    /** A correction of everything recorded, refused (CONFLICT) unless made on the current version. */
    public record Correction<F>(UUID id, int version, F facts) {
        public Correction {
            Check.present("id", id);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            Check.present("facts", facts);
        }
    }

    public record CaseFacts(
            ServiceDomain domain,
            CaseKind kind,
            String clientRef,
            LocalDate openedOn,
            @Nullable LocalDate filedOn,
            int sessions,
            @Nullable LocalDate closedOn,
            @Nullable String closingSummary,
            @Nullable ReferralOutcome referralOutcome) {
        public CaseFacts {
            Check.present("domain", domain);
            Check.present("kind", kind);
            clientRef = Check.text("clientRef", clientRef, 40);
            date("openedOn", openedOn);
            notBefore("filedOn", filedOn, openedOn);
            Check.range("sessions", sessions, 0, 1000);
            notBefore("closedOn", closedOn, openedOn);
            closingSummary = Check.optionalText("closingSummary", closingSummary, 4000);
            if (closingSummary != null && closedOn == null) {
                throw DomainException.invalid("closedOn", "closedOn 不能为空：有结案报告的个案须填写结案日期");
            }
            if (referralOutcome != null && kind != CaseKind.REFERRAL) {
                throw DomainException.invalid("referralOutcome", "referralOutcome 只用于转介个案");
            }
        }
    }

    public record GroupFacts(
            ServiceDomain domain,
            GroupKind kind,
            String title,
            int members,
            LocalDate startedOn,
            List<SessionFacts> sessions,
            @Nullable String finalReport,
            boolean featured) {
        public GroupFacts {
            Check.present("domain", domain);
            Check.present("kind", kind);
            title = Check.text("title", title, 100);
            Check.range("members", members, 0, 1000);
            date("startedOn", startedOn);
            sessions = List.copyOf(Check.present("sessions", sessions));
            if (sessions.size() > 100) {
                throw DomainException.invalid("sessions", "sessions 不能超过 100 节");
            }
            for (int i = 0; i < sessions.size(); i++) {
                var session = sessions.get(i);
                notBefore("sessions[" + i + "].heldOn", session.heldOn(), startedOn);
                if (session.attendance() > members) {
                    throw DomainException.invalid(
                            "sessions[" + i + "].attendance", "sessions[" + i + "].attendance 不能多于小组成员人数");
                }
            }
            finalReport = Check.optionalText("finalReport", finalReport, 4000);
        }
    }

    /** One session of a group; its place in the list is its number. */
    public record SessionFacts(LocalDate heldOn, int attendance, int minutes) {
        public SessionFacts {
            date("heldOn", heldOn);
            Check.range("attendance", attendance, 0, 1000);
            Check.range("minutes", minutes, 1, 1440);
        }
    }

    public record ActivityFacts(
            ServiceDomain domain,
            ActivityKind kind,
            String title,
            LocalDate heldOn,
            int participants,
            int minutes,
            @Nullable String report,
            boolean featured) {
        public ActivityFacts {
            Check.present("domain", domain);
            Check.present("kind", kind);
            title = Check.text("title", title, 100);
            date("heldOn", heldOn);
            Check.range("participants", participants, 0, 100_000);
            Check.range("minutes", minutes, 1, 1440);
            report = Check.optionalText("report", report, 4000);
        }
    }

    public record VisitFacts(
            ServiceDomain domain,
            VisitKind kind,
            String clientRef,
            LocalDate visitedOn,
            int minutes,
            @Nullable String notes) {
        public VisitFacts {
            Check.present("domain", domain);
            Check.present("kind", kind);
            clientRef = Check.text("clientRef", clientRef, 40);
            date("visitedOn", visitedOn);
            Check.range("minutes", minutes, 1, 1440);
            notes = Check.optionalText("notes", notes, 2000);
        }
    }

    public record VolunteerFacts(
            ServiceDomain domain,
            VolunteerKind kind,
            String topic,
            LocalDate heldOn,
            int volunteers,
            BigDecimal hours) {
        public VolunteerFacts {
            Check.present("domain", domain);
            Check.present("kind", kind);
            topic = Check.text("topic", topic, 100);
            date("heldOn", heldOn);
            Check.range("volunteers", volunteers, 1, 10_000);
            Check.present("hours", hours);
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(10_000)) >= 0 || hours.scale() > 1) {
                throw DomainException.invalid("hours", "hours 须大于 0、小于 10000，至多一位小数");
            }
        }
    }

    /** One questionnaire: four questions on a 1–5 scale, about a record of the station or the station itself. */
    public record SurveyFacts(
            SurveySubject subject,
            @Nullable UUID subjectId,
            LocalDate answeredOn,
            int attitude,
            int content,
            int methods,
            int arrangements) {
        public SurveyFacts {
            Check.present("subject", subject);
            if ((subject == SurveySubject.STATION) != (subjectId == null)) {
                throw DomainException.invalid("subjectId", "subjectId 须填写所评价的个案、小组或活动；评价站点时留空");
            }
            date("answeredOn", answeredOn);
            Check.range("attitude", attitude, 1, 5);
            Check.range("content", content, 1, 5);
            Check.range("methods", methods, 1, 5);
            Check.range("arrangements", arrangements, 1, 5);
        }
    }

    private static void date(String field, LocalDate date) {
        Check.present(field, date);
        if (date.isBefore(EARLIEST) || date.getYear() > 2100) {
            throw DomainException.invalid(field, field + " 日期超出范围");
        }
    }

    private static void notBefore(String field, @Nullable LocalDate date, LocalDate start) {
        if (date != null) {
            date(field, date);
            if (date.isBefore(start)) {
                throw DomainException.invalid(field, field + " 不能早于开始日期");
            }
        }
    }
}
