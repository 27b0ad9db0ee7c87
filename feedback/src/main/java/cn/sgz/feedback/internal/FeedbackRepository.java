package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackViews.Item;
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

/** Feedback items: entry, one step on a version, reads for one or many stations. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FeedbackRepository extends GenericRepository<FeedbackRow, UUID> {
    String ITEM = """
            id, project_id, station_id, channel, kind, urgency, summary, anonymous, name_masked, contact_masked,
            about_staff, confidential, state, handler_id, classification, plan, response, resolution,
            escalation_reason, satisfaction, received_at, version""";

    FeedbackRow save(FeedbackRow row);

    @Query("SELECT * FROM feedback_item WHERE id = :id")
    Optional<FeedbackRow> find(UUID id);

    @Query("SELECT " + ITEM + " FROM feedback_item WHERE id = :id")
    Optional<Item> item(UUID id);

    /** 0 when the version is not the current one. Fields not given keep their value. */
    @Query("""
            UPDATE feedback_item SET state = :state, version = version + 1,
                handler_id = coalesce(CAST(:handlerId AS uuid), handler_id),
                classification = coalesce(:classification, classification), plan = coalesce(:plan, plan),
                response = coalesce(:response, response), resolution = coalesce(:resolution, resolution),
                escalation_reason = coalesce(:escalationReason, escalation_reason),
                satisfaction = coalesce(CAST(:satisfaction AS smallint), satisfaction)
            WHERE id = :id AND version = :version""")
    long step(
            UUID id,
            int version,
            String state,
            @Nullable UUID handlerId,
            @Nullable String classification,
            @Nullable String plan,
            @Nullable String response,
            @Nullable String resolution,
            @Nullable String escalationReason,
            @Nullable Integer satisfaction);

    @Query("SELECT f.* FROM station s CROSS JOIN LATERAL (SELECT " + ITEM + """
             FROM feedback_item f WHERE f.station_id = s.id
                  AND (CAST(:afterAt AS timestamptz) IS NULL OR (f.received_at, f.id) < (:afterAt, :afterId))
                ORDER BY f.received_at DESC, f.id DESC LIMIT :limit) f
            WHERE s.id IN (:stationIds)""")
    List<Item> page(Collection<UUID> stationIds, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);
}
