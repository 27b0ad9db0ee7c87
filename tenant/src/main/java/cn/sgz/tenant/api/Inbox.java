package cn.sgz.tenant.api;

import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.reactivestreams.Publisher;

/**
 * Every user's in-app inbox, for all modules: the warnings and breaches of their clocks land here,
 * each deadline event once per recipient, and are pushed to the recipient's live subscriptions on
 * every node. A user reads and marks only their own.
 */
public interface Inbox {

    /** A notice about one deadline event for one recipient. */
    @Serdeable
    record Notification(
            UUID id,
            UUID recipientId,
            UUID projectId,
            UUID stationId,
            UUID eventId,
            String kind,
            String subjectType,
            String subjectId,
            String message,
            Instant createdAt,
            @Nullable Instant readAt) {}

    /** What a module asks to deliver: the event, its recipients, and what to tell them. */
    record Notice(
            UUID eventId,
            String kind,
            UUID projectId,
            UUID stationId,
            String subjectType,
            String subjectId,
            String message,
            Instant at,
            java.util.Collection<UUID> recipients) {}

    /**
     * Writes each notice to its recipients' inboxes in the caller's transaction (run as the system:
     * these are other users' inboxes), once per event and recipient; returns what it wrote, for
     * {@link #push} once committed.
     */
    List<Notification> write(List<Notice> notices);

    /** A batch a module claimed of its clocks' events (how many), and the notices they make. */
    record Claimed(int events, List<Notice> notices) {}

    /**
     * Delivers a module's clock events: runs {@code claim} as the system, each batch in its own
     * transaction with the notices it writes, pushes them once committed, and claims again while a
     * batch comes back full ({@code batchSize}); returns how many notifications it wrote. A module's
     * claim takes each event once across nodes.
     */
    int deliver(int batchSize, java.util.function.Supplier<Claimed> claim);

    /** Pushes written notifications to their recipients' subscriptions; call after the commit. */
    void push(List<Notification> written);

    /** The caller's own inbox, newest first. */
    Connection<Notification> mine(boolean unreadOnly, PageRequest page);

    /** Marks the caller's own notifications read; others' ids change nothing. */
    long markRead(List<UUID> ids);

    /** The caller's new notifications as they land, on every node. */
    Publisher<Notification> added();
}
