package cn.sgz.feedback.internal;

import cn.sgz.infra.deadline.DeadlinesReached;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Inbox;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills the inbox from the feedback clocks' warnings and breaches: right after each sweep (its
 * event), and every half minute for what a crash between a sweep and its event left behind. Each
 * deadline event is claimed once across nodes, and lands once with the item's handler and the
 * project's lead and supervisors, then is pushed to them live.
 */
@Singleton
class FeedbackInbox {
    private static final Map<String, String> CLOCKS =
            Map.of("EVALUATE", "评估", "EMERGENCY_RESPONSE", "紧急响应", "REPLY", "答复", "FIRST_REPLY", "首次答复");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(BusinessCalendar.ZONE);
    private static final int BATCH = 100;

    private final FeedbackAlarmRepository alarms;
    private final Inbox inbox;
    private final Accounts accounts;

    FeedbackInbox(FeedbackAlarmRepository alarms, Inbox inbox, Accounts accounts) {
        this.alarms = alarms;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @EventListener
    void onDeadlinesReached(DeadlinesReached batch) {
        if (batch.concerns("Feedback")) {
            deliver();
        }
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    void catchUp() {
        deliver();
    }

    /** Delivers everything not delivered yet, pushing each once committed; returns how many it wrote. */
    int deliver() {
        return inbox.deliver(BATCH, this::claimBatch);
    }

    private Inbox.Claimed claimBatch() {
        var claimed = alarms.claim(BATCH);
        if (claimed.isEmpty()) {
            return new Inbox.Claimed(0, List.of());
        }
        var notices = new ArrayList<Inbox.Notice>();
        for (var reached : alarms.reached(claimed)) {
            var recipients = new LinkedHashSet<UUID>();
            if (reached.handlerId() != null) {
                recipients.add(reached.handlerId());
            }
            recipients.addAll(accounts.managersOf(reached.projectId()));
            notices.add(new Inbox.Notice(
                    reached.eventId(),
                    reached.kind(),
                    reached.projectId(),
                    reached.stationId(),
                    "Feedback",
                    reached.subjectId(),
                    message(reached),
                    reached.at(),
                    recipients));
        }
        return new Inbox.Claimed(claimed.size(), notices);
    }

    static String message(FeedbackAlarmRepository.Reached reached) {
        var summary = reached.summary().length() > 20 ? reached.summary().substring(0, 20) + "…" : reached.summary();
        var clock = CLOCKS.getOrDefault(reached.deadlineKind(), reached.deadlineKind());
        return reached.kind().equals("BREACH")
                ? "反馈「" + summary + "」的" + clock + "已超时（时限 " + WHEN.format(reached.dueAt()) + "），已升级提醒项目负责人和督导"
                : "反馈「" + summary + "」的" + clock + "时限即将到期（" + WHEN.format(reached.dueAt()) + "）";
    }
}
