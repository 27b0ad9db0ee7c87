package cn.sgz.tenant.internal.inbox;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.live.LiveEvents;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Inbox;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reactivestreams.Publisher;

@Singleton
class InboxService implements Inbox {
    private final NotificationRepository notifications;
    private final LiveEvents live;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionOperations<java.sql.Connection> transactions;

    InboxService(
            NotificationRepository notifications,
            LiveEvents live,
            AuditLog audit,
            Clock clock,
            TransactionOperations<java.sql.Connection> transactions) {
        this.notifications = notifications;
        this.transactions = transactions;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Notification> write(List<Notice> notices) {
        if (!Tenancy.require().isAdmin()) {
            throw new IllegalStateException("the inbox is written by the system, not as a caller");
        }
        var written = new ArrayList<Notification>();
        for (var notice : notices) {
            for (var recipient : new java.util.LinkedHashSet<>(notice.recipients())) {
                var id = UUID.randomUUID();
                notifications
                        .add(
                                id,
                                recipient,
                                notice.projectId(),
                                notice.stationId(),
                                notice.eventId(),
                                notice.kind(),
                                notice.subjectType(),
                                notice.subjectId(),
                                notice.message(),
                                notice.at())
                        .ifPresent(added -> written.add(new Notification(
                                added,
                                recipient,
                                notice.projectId(),
                                notice.stationId(),
                                notice.eventId(),
                                notice.kind(),
                                notice.subjectType(),
                                notice.subjectId(),
                                notice.message(),
                                notice.at(),
                                null)));
            }
        }
        return written;
    }

    @Override
    public int deliver(int batchSize, java.util.function.Supplier<Claimed> claim) {
        int written = 0;
        int claimed;
        do {
            record Batch(int events, List<Notification> written) {}
            var batch = Tenancy.callAs(
                    Scope.system(),
                    () -> transactions.executeWrite(status -> {
                        var notices = claim.get();
                        return new Batch(notices.events(), write(notices.notices()));
                    }));
            claimed = batch.events();
            written += batch.written().size();
            push(batch.written());
        } while (claimed >= batchSize);
        return written;
    }

    @Override
    public void push(List<Notification> written) {
        written.forEach(notification -> live.publish(topic(notification.recipientId()), notification));
    }

    @Override
    @Transactional(readOnly = true)
    public Connection<Notification> mine(boolean unreadOnly, PageRequest page) {
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
        var rows = notifications.inbox(unreadOnly, afterAt, afterId, page.first() + 1).stream()
                .map(InboxService::view)
                .toList();
        return Connection.of(rows, page, row -> row.createdAt() + "|" + row.id());
    }

    @Override
    @Transactional
    public long markRead(List<UUID> ids) {
        var caller = Tenancy.require();
        var marked = ids.isEmpty() ? 0 : notifications.markRead(ids, clock.instant());
        audit.record(new AuditEntry(
                "NOTIFICATIONS_READ", null, "Notification", caller.userId().toString(), Map.of("marked", marked)));
        return marked;
    }

    @Override
    public Publisher<Notification> added() {
        return live.stream(topic(Tenancy.require().userId()), Notification.class);
    }

    /** The live topic of a user's new notifications. */
    static String topic(UUID recipientId) {
        return "notification:" + recipientId;
    }

    private static Notification view(NotificationRow row) {
        return new Notification(
                row.id(),
                row.recipientId(),
                row.projectId(),
                row.stationId(),
                row.eventId(),
                row.kind(),
                row.subjectType(),
                row.subjectId(),
                row.message(),
                row.createdAt(),
                row.readAt());
    }
}
