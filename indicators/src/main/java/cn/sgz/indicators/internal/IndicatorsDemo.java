package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.AssessmentCommands;
import cn.sgz.indicators.api.Indicators;
import cn.sgz.indicators.api.RecordCommands.ActivityFacts;
import cn.sgz.indicators.api.RecordCommands.CaseFacts;
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
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.DemoLoaded;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: a full 2026Q3 of service records at each of 长葛's 16 stations (after the tenant's
 * demo data: {@link DemoLoaded}), with targets for the project; every fourth station falls
 * short somewhere (a small group, a short lecture, unfiled cases). Four quarters are approved, four
 * submitted, the rest still drafts. Loaded once, in one transaction.
 */
@Singleton
@Requires(env = "demo")
class IndicatorsDemo {
    static final Quarter QUARTER = new Quarter(2026, 3);
    private static final Logger LOG = LoggerFactory.getLogger(IndicatorsDemo.class);

    private final Indicators indicators;
    private final Organisation organisation;
    private final TransactionOperations<Connection> transactions;

    IndicatorsDemo(Indicators indicators, Organisation organisation, TransactionOperations<Connection> transactions) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.transactions = transactions;
    }

    @EventListener
    void onDemoLoaded(DemoLoaded event) {
        Tenancy.runAs(
                Scope.system(),
                () -> transactions.executeWrite(status -> {
                    loadOnce(event.projectId());
                    return null;
                }));
    }

    private void loadOnce(UUID projectId) {
        var stations = organisation.stationsOf(projectId);
        var page = new Indicators.RecordPage(QUARTER, cn.sgz.infra.graphql.PageRequest.of(1, null));
        if (stations.isEmpty()
                || !indicators
                        .cases(List.of(stations.getFirst().id()), page)
                        .get(stations.getFirst().id())
                        .edges()
                        .isEmpty()) {
            return;
        }
        targets(projectId);
        for (int i = 0; i < stations.size(); i++) {
            records(stations.get(i), i % 4 == 3);
        }
        for (int i = 0; i < 8; i++) {
            var station = stations.get(i).id();
            indicators.submit(new AssessmentCommands.Step(station, QUARTER, 0, null));
            if (i < 4) {
                indicators.review(new AssessmentCommands.Step(station, QUARTER, 1, "记录完整，同意上报"), true);
                indicators.approve(new AssessmentCommands.Step(station, QUARTER, 2, null));
            }
        }
        LOG.info("已载入演示服务记录：{} 个站点的 {} 季度", stations.size(), QUARTER);
    }

    private void targets(UUID projectId) {
        var entries = new ArrayList<AssessmentCommands.TargetEntry>();
        entries.add(new AssessmentCommands.TargetEntry("ELDERLY_CASES", null, BigDecimal.valueOf(3)));
        entries.add(new AssessmentCommands.TargetEntry("YOUTH_GROUP_SESSIONS", null, BigDecimal.valueOf(5)));
        entries.add(new AssessmentCommands.TargetEntry("FAMILY_ACTIVITIES", null, BigDecimal.valueOf(2)));
        entries.add(new AssessmentCommands.TargetEntry("FAMILY_PARTICIPANTS", null, BigDecimal.valueOf(60)));
        entries.add(new AssessmentCommands.TargetEntry("HOME_VISITS", null, BigDecimal.valueOf(4)));
        entries.add(new AssessmentCommands.TargetEntry("VOLUNTEER_SERVICES", null, BigDecimal.ONE));
        indicators.setTargets(new AssessmentCommands.SetTargets(projectId, QUARTER, entries));
    }

    /** A quarter of one station's work; {@code shortfalls} puts in the kinds of record that do not count. */
    private void records(StationView station, boolean shortfalls) {
        var id = station.id();
        var start = QUARTER.firstDay();
        for (int c = 0; c < 4; c++) {
            var opened = start.plusDays(7L * c);
            var kind = c == 0 ? CaseKind.CONSULTATION : CaseKind.COUNSELLING;
            int sessions = shortfalls && c == 3 ? 3 : 6;
            boolean filed = !(shortfalls && c == 1);
            indicators.logCase(new NewRecord<>(
                    UUID.randomUUID(),
                    id,
                    new CaseFacts(
                            ServiceDomain.ELDERLY,
                            kind,
                            "LN-" + (c + 1),
                            opened,
                            filed ? opened : null,
                            sessions,
                            opened.plusDays(60),
                            "已完成服务目标，结案",
                            null)));
        }
        indicators.logCase(new NewRecord<>(
                UUID.randomUUID(),
                id,
                new CaseFacts(
                        ServiceDomain.FAMILY,
                        CaseKind.REFERRAL,
                        "JT-1",
                        start.plusDays(10),
                        start.plusDays(10),
                        2,
                        null,
                        null,
                        ReferralOutcome.SUCCEEDED)));
        indicators.logGroup(new NewRecord<>(
                UUID.randomUUID(),
                id,
                new GroupFacts(
                        ServiceDomain.YOUTH,
                        GroupKind.DEVELOPMENTAL,
                        "暑期成长小组",
                        shortfalls ? 7 : 10,
                        start.plusDays(3),
                        sessions(start.plusDays(3), 6, shortfalls ? 6 : 8),
                        "小组目标基本达成",
                        false)));
        indicators.logGroup(new NewRecord<>(
                UUID.randomUUID(),
                id,
                new GroupFacts(
                        ServiceDomain.ELDERLY,
                        GroupKind.MUTUAL_AID,
                        "长者互助小组",
                        9,
                        start.plusDays(20),
                        sessions(start.plusDays(20), 5, 7),
                        null,
                        true)));
        activity(id, ServiceDomain.FAMILY, ActivityKind.FAMILY_EDUCATION, "亲子沟通工作坊", start.plusDays(15), 32, 120);
        activity(id, ServiceDomain.FAMILY, ActivityKind.PUBLICITY, "家庭教育促进法宣传", start.plusDays(40), 45, 90);
        activity(
                id,
                ServiceDomain.ELDERLY,
                ActivityKind.LECTURE,
                "防诈骗知识讲座",
                start.plusDays(50),
                36,
                shortfalls ? 30 : 60);
        activity(id, ServiceDomain.RURAL, ActivityKind.MEDIUM, "中秋邻里节", start.plusDays(70), shortfalls ? 42 : 68, 150);
        for (int v = 0; v < 5; v++) {
            indicators.logVisit(new NewRecord<>(
                    UUID.randomUUID(),
                    id,
                    new VisitFacts(
                            ServiceDomain.ELDERLY,
                            v < 4 ? VisitKind.HOME : VisitKind.PHONE,
                            "LN-" + (v + 1),
                            start.plusDays(5L + 14 * v),
                            v < 4 ? 60 : 15,
                            null)));
        }
        indicators.logVolunteerEvent(new NewRecord<>(
                UUID.randomUUID(),
                id,
                new VolunteerFacts(
                        ServiceDomain.RURAL,
                        VolunteerKind.SERVICE,
                        "助老义工服务",
                        start.plusDays(30),
                        12,
                        BigDecimal.valueOf(3))));
        for (int s = 0; s < 6; s++) {
            int score = shortfalls && s < 2 ? 3 : 4 + s % 2;
            indicators.recordSurvey(new NewRecord<>(
                    UUID.randomUUID(),
                    id,
                    new SurveyFacts(SurveySubject.STATION, null, start.plusDays(80L + s), score, score, 5, score)));
        }
    }

    private void activity(
            UUID station,
            ServiceDomain domain,
            ActivityKind kind,
            String title,
            LocalDate on,
            int people,
            int minutes) {
        indicators.logActivity(new NewRecord<>(
                UUID.randomUUID(),
                station,
                new ActivityFacts(domain, kind, title, on, people, minutes, "活动总结已归档", false)));
    }

    private static List<SessionFacts> sessions(LocalDate from, int count, int attendance) {
        var sessions = new ArrayList<SessionFacts>();
        for (int i = 0; i < count; i++) {
            sessions.add(new SessionFacts(from.plusDays(7L * i), attendance, 90));
        }
        return sessions;
    }
}
