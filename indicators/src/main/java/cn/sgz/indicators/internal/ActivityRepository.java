package cn.sgz.indicators.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Community activities. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActivityRepository extends GenericRepository<ActivityRow, UUID> {

    ActivityRow save(ActivityRow row);

    @Query("SELECT * FROM community_activity WHERE id = :id")
    Optional<ActivityRow> find(UUID id);

    @Query("""
            UPDATE community_activity SET domain = :domain, kind = :kind, title = :title, held_on = :heldOn,
                participants = :participants, minutes = :minutes, report = :report, featured = :featured,
                version = version + 1
            WHERE id = :id AND version = :version""")
    long correct(
            UUID id,
            int version,
            String domain,
            String kind,
            String title,
            LocalDate heldOn,
            int participants,
            int minutes,
            @Nullable String report,
            boolean featured);

    @Query("""
            SELECT a.* FROM station s CROSS JOIN LATERAL (
                SELECT * FROM community_activity a WHERE a.station_id = s.id AND a.held_on BETWEEN :from AND :to
                  AND (CAST(:afterDate AS date) IS NULL OR (a.held_on, a.id) > (:afterDate, :afterId))
                ORDER BY a.held_on, a.id LIMIT :limit) a
            WHERE s.id IN (:stationIds)""")
    List<ActivityRow> page(
            Collection<UUID> stationIds,
            LocalDate from,
            LocalDate to,
            @Nullable LocalDate afterDate,
            @Nullable UUID afterId,
            int limit);
}
