package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.Target;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The indicator catalogue and the projects' targets. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CatalogueRepository extends GenericRepository<IndicatorRow, String> {

    /** A target as it applies to a station: its own, or the project's for all stations. */
    @Introspected
    record StationTarget(UUID stationId, @Nullable UUID targetStationId, String indicatorCode, BigDecimal target) {}

    @Query("SELECT code, name, domain, unit, measure, default_target, sort FROM indicator ORDER BY sort")
    List<Indicator> catalogue();

    @Query("""
            SELECT project_id, station_id, quarter, indicator_code, target FROM indicator_target
            WHERE project_id = :projectId AND quarter = :quarter ORDER BY indicator_code, station_id NULLS FIRST""")
    List<Target> targets(UUID projectId, String quarter);

    /** Every target in one statement, from a JSON array of {indicatorCode, stationId, target}. */
    @Query("""
            INSERT INTO indicator_target (project_id, station_id, quarter, indicator_code, target, set_by)
            SELECT CAST(:projectId AS uuid), (e ->> 'stationId')::uuid, :quarter, e ->> 'indicatorCode',
                   (e ->> 'target')::numeric, CAST(:setBy AS uuid)
            FROM jsonb_array_elements(CAST(:targets AS jsonb)) e
            ON CONFLICT ON CONSTRAINT indicator_target_one_per_scope
            DO UPDATE SET target = excluded.target, set_by = excluded.set_by, set_at = now()""")
    long setTargets(UUID projectId, String quarter, String targets, UUID setBy);

    @Query("""
            SELECT s.id AS station_id, t.station_id AS target_station_id, t.indicator_code, t.target
            FROM station s JOIN indicator_target t ON t.project_id = s.project_id
                 AND (t.station_id IS NULL OR t.station_id = s.id)
            WHERE s.id IN (:stationIds) AND t.quarter = :quarter""")
    List<StationTarget> stationTargets(Collection<UUID> stationIds, String quarter);
}
