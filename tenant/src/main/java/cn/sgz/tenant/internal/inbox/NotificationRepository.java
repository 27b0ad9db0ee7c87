package cn.sgz.tenant.internal.inbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inbox: row-level security keeps each user to their own. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends GenericRepository<NotificationRow, UUID> {

    /** Writes the notification unless its recipient has this event already; the row, or empty. */
    @Query("""
            INSERT INTO notification (id, recipient_id, project_id, station_id, event_id, kind, subject_type, subject_id,
                                      message, created_at)
            VALUES (:id, :recipientId, :projectId, :stationId, :eventId, :kind, :subjectType, :subjectId, :message, :createdAt)
            ON CONFLICT (event_id, recipient_id) DO NOTHING RETURNING id""")
    Optional<UUID> add(
            UUID id,
            UUID recipientId,
            UUID projectId,
            UUID stationId,
            UUID eventId,
            String kind,
            String subjectType,
            String subjectId,
            String message,
            Instant createdAt);

    @Query("""
            SELECT * FROM notification
            WHERE (NOT :unreadOnly OR read_at IS NULL)
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (created_at, id) < (:afterAt, :afterId))
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<NotificationRow> inbox(boolean unreadOnly, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("UPDATE notification SET read_at = :at WHERE id IN (:ids) AND read_at IS NULL")
    long markRead(Collection<UUID> ids, Instant at);
}
