package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackViews.ClockFigures;
import cn.sgz.feedback.api.FeedbackViews.Figures;
import cn.sgz.infra.deadline.DeadlineTally;
import cn.sgz.infra.deadline.Deadlines;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.Quarter;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stations' quarters of feedback for dashboards, in three statements for any number of stations:
 * items with the medians to evaluate and to respond, the clocks by kind and state, the monthly
 * reports of the quarter's months. A quarter runs from its first to its last day, Beijing time.
 */
@Singleton
class FeedbackFigures {
    private final FigureRepository figures;
    private final Deadlines deadlines;

    FeedbackFigures(FigureRepository figures, Deadlines deadlines) {
        this.figures = figures;
        this.deadlines = deadlines;
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface FigureRepository extends GenericRepository<FeedbackRow, UUID> {

        @Introspected
        record Handling(
                UUID stationId,
                int received,
                @Nullable Double evaluateHours,
                @Nullable Double respondHours) {}

        @Introspected
        record Reports(UUID stationId, int onTime, int late) {}

        @Query("""
                SELECT f.station_id, count(DISTINCT f.id)::int AS received,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.at - f.received_at) / 3600)
                           FILTER (WHERE a.action = 'EVALUATED') AS evaluate_hours,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.at - f.received_at) / 3600)
                           FILTER (WHERE a.action = 'RESPONDED') AS respond_hours
                FROM feedback_item f
                     LEFT JOIN feedback_action a ON a.feedback_id = f.id AND a.action IN ('EVALUATED', 'RESPONDED')
                WHERE f.station_id IN (:stationIds) AND f.received_at >= :from AND f.received_at < :to
                GROUP BY f.station_id""")
        List<Handling> handling(Collection<UUID> stationIds, Instant from, Instant to);

        @Query("""
                SELECT station_id, count(*) FILTER (WHERE NOT late)::int AS on_time, count(*) FILTER (WHERE late)::int AS late
                FROM monthly_report WHERE station_id IN (:stationIds) AND month IN (:months) AND submitted_at IS NOT NULL
                GROUP BY station_id""")
        List<Reports> reports(Collection<UUID> stationIds, Collection<String> months);
    }

    @Transactional(readOnly = true)
    Map<UUID, Figures> of(Collection<UUID> stationIds, Quarter quarter) {
        if (stationIds.isEmpty()) {
            return Map.of();
        }
        var ids = List.copyOf(stationIds);
        var from = quarter.firstDay().atStartOfDay(BusinessCalendar.ZONE).toInstant();
        var to = quarter.lastDay()
                .plusDays(1)
                .atStartOfDay(BusinessCalendar.ZONE)
                .toInstant();
        var handling = figures.handling(ids, from, to).stream()
                .collect(Collectors.toMap(FigureRepository.Handling::stationId, h -> h));
        var clocks = deadlines.tally("Feedback", ids, from, to).stream()
                .collect(Collectors.groupingBy(DeadlineTally::stationId));
        var months = new ArrayList<String>();
        for (var month = java.time.YearMonth.from(quarter.firstDay());
                !month.atDay(1).isAfter(quarter.lastDay());
                month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        var reports = figures.reports(ids, months).stream()
                .collect(Collectors.toMap(FigureRepository.Reports::stationId, r -> r));
        var result = new HashMap<UUID, Figures>();
        for (var id : ids) {
            var handled = handling.get(id);
            var tallies = clocks.getOrDefault(id, List.of());
            var report = reports.get(id);
            result.put(
                    id,
                    new Figures(
                            id,
                            quarter.toString(),
                            handled == null ? 0 : handled.received(),
                            handled == null ? null : round(handled.evaluateHours()),
                            handled == null ? null : round(handled.respondHours()),
                            tallies.stream()
                                    .filter(t -> t.state().equals("BREACHED"))
                                    .mapToInt(DeadlineTally::deadlines)
                                    .sum(),
                            clockFigures(tallies),
                            report == null ? 0 : report.onTime(),
                            report == null ? 0 : report.late()));
        }
        return result;
    }

    /** Per kind: met, breached, open, and met over those that ended (cancelled ones do not count). */
    static List<ClockFigures> clockFigures(List<DeadlineTally> tallies) {
        var byKind = new TreeMap<String, int[]>();
        for (var tally : tallies) {
            var counts = byKind.computeIfAbsent(tally.kind(), kind -> new int[3]);
            switch (tally.state()) {
                case "MET" -> counts[0] += tally.deadlines();
                case "BREACHED" -> counts[1] += tally.deadlines();
                case "OPEN" -> counts[2] += tally.deadlines();
                default -> {
                    // cancelled clocks were neither met nor missed
                }
            }
        }
        var result = new ArrayList<ClockFigures>();
        byKind.forEach((kind, counts) -> {
            int ended = counts[0] + counts[1];
            result.add(new ClockFigures(
                    kind, counts[0], counts[1], counts[2], ended == 0 ? null : round(100.0 * counts[0] / ended)));
        });
        return result;
    }

    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
