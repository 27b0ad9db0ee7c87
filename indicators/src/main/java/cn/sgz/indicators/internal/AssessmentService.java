package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Assessment;
import cn.sgz.indicators.api.ServiceEnums.AssessmentStatus;
import cn.sgz.indicators.internal.QuarterComputation.Computed;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stations' quarters: what their records come to ({@link QuarterComputation}, kept in {@link
 * AssessmentCache} under the revision of its inputs) and where each stands in the workflow (read
 * fresh). A constant number of statements for any number of stations: two when nothing changed
 * since the last request, eight when records did (for the changed stations only, and of a station
 * computed before only its rows revised since), and one more when only targets did (applied to
 * the values kept, without reading any record). No transaction
 * around them: each read is one statement in autocommit (or joins the caller's transaction), and
 * {@link QuarterComputation} may read side by side on connections of its own.
 */
@Singleton
class AssessmentService {
    private final QuarterComputation computation;
    private final AssessmentCache cache;
    private final AssessmentRepository assessments;
    private final Organisation organisation;

    AssessmentService(
            QuarterComputation computation,
            AssessmentCache cache,
            AssessmentRepository assessments,
            Organisation organisation) {
        this.computation = computation;
        this.cache = cache;
        this.assessments = assessments;
        this.organisation = organisation;
    }

    Map<UUID, Assessment> of(Collection<UUID> stationIds, Quarter quarter) {
        if (stationIds.isEmpty()) {
            return Map.of();
        }
        var ids = List.copyOf(stationIds);
        var computed = computed(ids, quarter);
        var rows = assessments.of(ids, quarter.toString()).stream()
                .collect(Collectors.toMap(AssessmentRow::stationId, Function.identity()));
        var result = new HashMap<UUID, Assessment>();
        for (var id : ids) {
            var row = rows.get(id);
            var values = computed.get(id);
            result.put(
                    id,
                    new Assessment(
                            id,
                            quarter,
                            row == null ? AssessmentStatus.DRAFT : row.status(),
                            row == null ? 0 : row.version(),
                            row == null ? null : row.submittedAt(),
                            row == null ? null : row.onTime(),
                            row == null ? null : row.reviewComment(),
                            row == null ? null : row.reopenReason(),
                            values.satisfactionRate(),
                            values.results(),
                            values.shortfalls()));
        }
        return result;
    }

    /** What the stations' records of the quarter come to, from what is kept where it can be. */
    private Map<UUID, Computed> computed(List<UUID> ids, Quarter quarter) {
        // revisions first: the records read after them are at least as new, so an entry is never
        // older than the revision it is kept under. A revision row is readable exactly where the
        // station's records are (the same policy), so what is cached is never a partial view; the
        // targets are readable by every member of the project (auth_scope puts a station's project
        // among the caller's projects), so they are whole too. The station's records revision comes
        // with them: every row revised at it or before is already visible, so the rows revised after
        // it, read later, are all a kept quarter lacks.
        var revisions = assessments.revisions(ids, quarter.toString()).stream()
                .collect(Collectors.toMap(AssessmentRepository.Revision::stationId, Function.identity()));
        var computed = new HashMap<UUID, Computed>();
        var whole = new ArrayList<UUID>(); // never computed (or no longer kept): all its records read
        var changed = new HashMap<UUID, QuarterComputation.Kept>(); // records changed: rows revised since
        var retarget = new HashMap<UUID, Computed>(); // records unchanged, targets changed
        for (var id : ids) {
            var revision = revisions.get(id);
            var kept = revision == null ? null : cache.get(id, quarter);
            if (kept == null) {
                whole.add(id);
            } else if (kept.revision() != revision.revision()) {
                changed.put(id, new QuarterComputation.Kept(kept.recordsRevision(), kept.computed()));
            } else if (kept.targetsRevision() == revision.targetsRevision()) {
                computed.put(id, kept.computed());
            } else {
                retarget.put(id, kept.computed());
            }
        }
        if (!whole.isEmpty() || !changed.isEmpty()) {
            keep(computation.of(whole, changed, quarter), revisions, quarter, computed);
        }
        if (!retarget.isEmpty()) {
            keep(computation.retargeted(retarget, quarter), revisions, quarter, computed);
        }
        return computed;
    }

    /**
     * The quarter of every station with a revision row in it (at most {@code limit}) computed and
     * kept, a thousand stations at a time; how many.
     */
    int computeAhead(Quarter quarter, int limit) {
        var ids = assessments.revisedStations(quarter.toString(), limit);
        for (int from = 0; from < ids.size(); from += 1_000) {
            computed(ids.subList(from, Math.min(ids.size(), from + 1_000)), quarter);
        }
        return ids.size();
    }

    private void keep(
            Map<UUID, Computed> fresh,
            Map<UUID, AssessmentRepository.Revision> revisions,
            Quarter quarter,
            Map<UUID, Computed> computed) {
        fresh.forEach((id, quarterOfStation) -> {
            computed.put(id, quarterOfStation);
            var revision = revisions.get(id);
            if (revision != null) {
                cache.put(
                        id,
                        quarter,
                        new AssessmentCache.Entry(
                                revision.revision(),
                                revision.targetsRevision(),
                                revision.recordsRevision(),
                                quarterOfStation));
            }
        });
    }

    /** Every station of the project the caller may see, in the project's order. */
    List<Assessment> ofProject(UUID projectId, Quarter quarter) {
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        var stations = organisation.stationsOf(projectId);
        var computed = of(stations.stream().map(StationView::id).toList(), quarter);
        return stations.stream().map(station -> computed.get(station.id())).toList();
    }
}
