package cn.sgz.feedback.internal;

import cn.sgz.infra.deadline.DeadlinesReached;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.live.LiveEvents;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Accounts;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reactivestreams.Publisher;

/**
 * Fills the inbox from the feedback clocks' warnings and breaches: right after each sweep (its
 * event), and every half minute for what a crash between a sweep and its event left behind. Each
 * deadline event is claimed once across nodes, and lands once with the item's handler and the
 * project's lead and supervisors.
 */
@Singleton
class FeedbackInbox {
    private static final Map<String, String> CLOCKS =
            Map.of("EVALUATE", "评估", "EMERGENCY_RESPONSE", "紧急响应", "REPLY", "答复", "FIRST_REPLY", "首次答复");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(cn.sgz.infra.time.BusinessCalendar.ZONE);

    private final NotificationRepository notifications;
    private final Accounts accounts;
    private final TransactionOperations<java.sql.Connection> transactions;
    private final Clock clock;
    private final cn.sgz.infra.audit.AuditLog audit;
    private final LiveEvents live;

    FeedbackInbox(
            NotificationRepository notifications,
            Accounts accounts,
            TransactionOperations<java.sql.Connection> transactions,
            Clock clock,
            cn.sgz.infra.audit.AuditLog audit,
            LiveEvents live) {
        this.audit = audit;
        this.live = live;
        this.notifications = notifications;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
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

    /** Delivers everything not delivered yet, pushing each to its recipient once committed; returns how many it wrote. */
    int deliver() {
        int written = 0;
        int claimed;
        do {
            var batch = Tenancy.callAs(Scope.system(), () -> transactions.executeWrite(status -> deliverBatch()));
            claimed = batch.claimed();
            written += batch.written().size();
            batch.written().forEach(row -> live.publish(topic(row.recipientId()), row));
        } while (claimed == 100);
        return written;
    }

    /** The live topic of a user's new notifications. */
    static String topic(UUID recipientId) {
        return "notification:" + recipientId;
    }

    /** The caller's new notifications as they land. */
    Publisher<NotificationRow> added() {
        return live.stream(topic(Tenancy.require().userId()), NotificationRow.class);
    }

    /** How many events a batch claimed, and the notifications it wrote. */
    private record Delivered(int claimed, List<NotificationRow> written) {}

    private Delivered deliverBatch() {
        var claimed = notifications.claim(100);
        if (claimed.isEmpty()) {
            return new Delivered(0, List.of());
        }
        var written = new java.util.ArrayList<NotificationRow>();
        for (var reached : notifications.reached(claimed)) {
            var recipients = new LinkedHashSet<UUID>();
            if (reached.handlerId() != null) {
                recipients.add(reached.handlerId());
            }
            recipients.addAll(accounts.managersOf(reached.projectId()));
            for (var recipient : recipients) {
                written.add(notifications.save(new NotificationRow(
                        UUID.randomUUID(),
                        recipient,
                        reached.projectId(),
                        reached.stationId(),
                        reached.eventId(),
                        reached.kind(),
                        "Feedback",
                        reached.subjectId(),
                        message(reached),
                        reached.at(),
                        null)));
            }
        }
        return new Delivered(claimed.size(), written);
    }

    static String message(NotificationRepository.Reached reached) {
        var summary = reached.summary().length() > 20 ? reached.summary().substring(0, 20) + "…" : reached.summary();
        var clock = CLOCKS.getOrDefault(reached.deadlineKind(), reached.deadlineKind());
        return reached.kind().equals("BREACH")
                ? "反馈「" + summary + "」的" + clock + "已超时（时限 " + WHEN.format(reached.dueAt()) + "），已升级提醒项目负责人和督导"
                : "反馈「" + summary + "」的" + clock + "时限即将到期（" + WHEN.format(reached.dueAt()) + "）";
    }

    /** The caller's own inbox, newest first. */
    Connection<NotificationRow> inbox(boolean unreadOnly, PageRequest page) {
        Instant afterAt = null;
        UUID afterId = null;
        var after = page.afterPosition();
        if (after != null) {
            try {
                var parts = after.split("\\|", 2);
                afterAt = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw DomainException.invalid("after", "after 不是有效的分页游标");
            }
        }
        var rows = notifications.inbox(unreadOnly, afterAt, afterId, page.first() + 1);
        return Connection.of(rows, page, row -> row.createdAt() + "|" + row.id());
    }

    /** Marks the caller's own notifications read; others' ids change nothing. */
    @io.micronaut.transaction.annotation.Transactional
    long markRead(List<UUID> ids) {
        Tenancy.require();
        var marked = ids.isEmpty() ? 0 : notifications.markRead(ids, clock.instant());
        audit.record(new cn.sgz.infra.audit.AuditEntry(
                "NOTIFICATIONS_READ",
                null,
                "Notification",
                Tenancy.require().userId().toString(),
                Map.of("marked", marked)));
        return marked;
    }
}
