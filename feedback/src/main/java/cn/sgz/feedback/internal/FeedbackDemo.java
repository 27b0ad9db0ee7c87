package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.Feedback;
import cn.sgz.feedback.api.FeedbackCommands;
import cn.sgz.feedback.api.FeedbackEnums.Channel;
import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import cn.sgz.feedback.api.ReportCommands;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.tenant.api.DemoLoaded;
import cn.sgz.tenant.api.Organisation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: 12 pieces of feedback at each of 长葛's 16 stations (192), received over the last
 * three weeks; most handled to the end, some left waiting, so the sweeper breaches their clocks
 * and fills the inbox within a minute of start-up; a confidential complaint at every fourth
 * station, some anonymous suggestions; last month's report at every station, and at every fourth
 * the month before's too, submitted late.
 */
@Singleton
@Requires(env = "demo")
class FeedbackDemo {
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackDemo.class);
    private static final List<String> SUMMARIES = List.of(
            "希望增加周末的老年人活动",
            "社工上门服务很及时，表示感谢",
            "儿童托管班名额不够",
            "投诉活动通知太晚",
            "建议开设家庭教育讲座",
            "反映楼道照明损坏影响老人出行",
            "对个案服务进度不满意",
            "希望提供就业信息");

    private final Feedback feedback;
    private final Organisation organisation;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    FeedbackDemo(
            Feedback feedback, Organisation organisation, TransactionOperations<Connection> transactions, Clock clock) {
        this.feedback = feedback;
        this.organisation = organisation;
        this.transactions = transactions;
        this.clock = clock;
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
        var first = stations.getFirst().id();
        if (!feedback.ofStations(List.of(first), PageRequest.of(1, null))
                .get(first)
                .edges()
                .isEmpty()) {
            return;
        }
        var now = clock.instant();
        var lastMonth = YearMonth.now(clock.withZone(BusinessCalendar.ZONE)).minusMonths(1);
        for (int s = 0; s < stations.size(); s++) {
            var station = stations.get(s).id();
            for (int n = 0; n < 12; n++) {
                var kind = Kind.values()[(n + s) % Kind.values().length];
                boolean anonymous = kind == Kind.SUGGESTION && n % 3 == 0;
                var item = feedback.receive(new FeedbackCommands.Receive(
                        UUID.randomUUID(),
                        station,
                        Channel.values()[n % Channel.values().length],
                        kind,
                        n % 5 == 0 ? Urgency.URGENT : Urgency.NORMAL,
                        SUMMARIES.get((n + s) % SUMMARIES.size()),
                        anonymous,
                        anonymous ? null : "居民" + (n + 1),
                        anonymous ? null : "1380000%02d%02d".formatted(s, n),
                        kind == Kind.COMPLAINT && n % 2 == 0,
                        kind == Kind.COMPLAINT && n == 2,
                        now.minus(Duration.ofHours(6 + 40L * n))));
                // the newest stay waiting; of the rest, one in four is left after evaluation (its reply overdue)
                int steps = n < 3 ? 0 : n % 4 == 0 ? 1 : 4;
                step(item.id(), steps);
            }
            feedback.saveReport(new ReportCommands.Save(
                    station,
                    lastMonth,
                    0,
                    "本月开展个案、小组和社区活动，服务居民 320 人次",
                    "收到反馈 12 条，已办结 7 条",
                    "部分活动通知发布较晚",
                    "提前一周发布活动通知"));
            feedback.submitReport(new ReportCommands.Step(station, lastMonth, 1, null));
            if (s % 4 == 0) {
                var before = lastMonth.minusMonths(1);
                feedback.saveReport(new ReportCommands.Save(station, before, 0, "补交上上月汇报", null, null, null));
                feedback.submitReport(new ReportCommands.Step(station, before, 1, null));
            }
        }
        LOG.info("已载入演示反馈：{} 个站点共 {} 条，超时的时限将在首次扫描时升级提醒", stations.size(), stations.size() * 12);
    }

    private void step(UUID id, int steps) {
        var path = List.of(State.EVALUATED, State.RESPONDED, State.RESOLVED, State.CLOSED);
        var texts = List.of("联系反馈人了解情况，三日内答复", "已电话答复反馈人", "已协调解决", "");
        for (int i = 0; i < steps; i++) {
            var to = path.get(i);
            feedback.step(new FeedbackCommands.Step(
                    id, i + 1, to, texts.get(i), to == State.EVALUATED ? "服务安排" : null, to == State.CLOSED ? 4 : null));
        }
    }
}
