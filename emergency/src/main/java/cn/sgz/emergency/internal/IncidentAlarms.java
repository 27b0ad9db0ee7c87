package cn.sgz.emergency.internal;

import cn.sgz.infra.deadline.DeadlinesReached;
import cn.sgz.infra.tenancy.Scope;
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
import java.util.UUID;

/**
 * An incident's 24-hour response clock, warning and breaching, escalates into the inbox of the
 * station worker who reported it and the project's lead and supervisors: right after each sweep,
 * and every half minute for what a crash left behind; each event once, pushed live.
 */
@Singleton
class IncidentAlarms {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(BusinessCalendar.ZONE);
    private static final int BATCH = 100;

    private final IncidentAlarmRepository alarms;
    private final Inbox inbox;
    private final Accounts accounts;

    IncidentAlarms(IncidentAlarmRepository alarms, Inbox inbox, Accounts accounts) {
        this.alarms = alarms;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @EventListener
    void onDeadlinesReached(DeadlinesReached batch) {
        if (batch.concerns(IncidentService.SUBJECT)) {
            deliver();
        }
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    void catchUp() {
        deliver();
    }

    /** Delivers everything not delivered yet; returns how many notifications it wrote. */
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
            recipients.add(reached.reportedBy());
            recipients.addAll(accounts.managersOf(reached.projectId()));
            recipients.remove(Scope.SYSTEM_USER);
            notices.add(new Inbox.Notice(
                    reached.eventId(),
                    reached.kind(),
                    reached.projectId(),
                    reached.stationId(),
                    IncidentService.SUBJECT,
                    reached.subjectId(),
                    message(reached),
                    reached.at(),
                    recipients));
        }
        return new Inbox.Claimed(claimed.size(), notices);
    }

    static String message(IncidentAlarmRepository.Reached reached) {
        var place = reached.place().length() > 20 ? reached.place().substring(0, 20) + "…" : reached.place();
        return reached.kind().equals("BREACH")
                ? "突发事件「" + place + "」24 小时内未登记响应措施（时限 " + WHEN.format(reached.dueAt()) + "），已升级提醒项目负责人和督导"
                : "突发事件「" + place + "」的响应时限即将到期（" + WHEN.format(reached.dueAt()) + "），请尽快登记响应措施";
    }
}
