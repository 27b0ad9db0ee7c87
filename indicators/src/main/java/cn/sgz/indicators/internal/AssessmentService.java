package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Assessment;
import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.ServiceEnums.AssessmentStatus;
import cn.sgz.indicators.internal.CatalogueRepository.StationTarget;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stations' quarters computed from their records: seven statements for any number of stations
 * (cases, groups with their sessions, activities, visit and volunteer tallies, surveys, targets,
 * workflow state), then {@link AssessmentArithmetic} per station.
 */
@Singleton
class AssessmentService {
    private final FactQueries facts;
    private final ContactRepository contacts;
    private final CatalogueRepository catalogue;
    private final AssessmentRepository assessments;
    private final TargetService targets;
    private final Organisation organisation;

    AssessmentService(
            FactQueries facts,
            ContactRepository contacts,
            CatalogueRepository catalogue,
            AssessmentRepository assessments,
            TargetService targets,
            Organisation organisation) {
        this.facts = facts;
        this.contacts = contacts;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.targets = targets;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    Map<UUID, Assessment> of(Collection<UUID> stationIds, Quarter quarter) {
        if (stationIds.isEmpty()) {
            return Map.of();
        }
        var ids = List.copyOf(stationIds);
        var from = quarter.firstDay();
        var to = quarter.lastDay();
        var caseFacts = byStation(facts.cases(ids, from, to), QuarterFacts.CaseFact::stationId);
        var groupFacts = byStation(facts.groups(ids, from, to), QuarterFacts.GroupFact::stationId);
        var activityFacts = byStation(facts.activities(ids, from, to), QuarterFacts.ActivityFact::stationId);
        var tallies = byStation(contacts.tallies(ids, from, to), QuarterFacts.Tally::stationId);
        var surveys = contacts.surveys(ids, from, to).stream()
                .collect(Collectors.toMap(QuarterFacts.SurveyTally::stationId, Function.identity()));
        var stationTargets = byStation(catalogue.stationTargets(ids, quarter.toString()), StationTarget::stationId);
        var rows = assessments.of(ids, quarter.toString()).stream()
                .collect(Collectors.toMap(AssessmentRow::stationId, Function.identity()));
        var indicators = targets.catalogue();
        var result = new HashMap<UUID, Assessment>();
        for (var id : ids) {
            var recorded = new QuarterFacts(
                    caseFacts.getOrDefault(id, List.of()),
                    groupFacts.getOrDefault(id, List.of()),
                    activityFacts.getOrDefault(id, List.of()),
                    tallies.getOrDefault(id, List.of()),
                    surveys.get(id));
            var arithmetic = new AssessmentArithmetic(recorded);
            var applying = applying(stationTargets.getOrDefault(id, List.of()));
            var row = rows.get(id);
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
                            rounded(arithmetic.satisfactionRate()),
                            arithmetic.results(indicators, indicator -> target(applying, indicator)),
                            arithmetic.shortfalls()));
        }
        return result;
    }

    /** Every station of the project the caller may see, in the project's order. */
    @Transactional(readOnly = true)
    List<Assessment> ofProject(UUID projectId, Quarter quarter) {
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        var stations = organisation.stationsOf(projectId);
        var computed = of(stations.stream().map(StationView::id).toList(), quarter);
        return stations.stream().map(station -> computed.get(station.id())).toList();
    }

    /** A station's own target wins over the project's target for all stations. */
    private static Map<String, BigDecimal> applying(List<StationTarget> targets) {
        var applying = new HashMap<String, BigDecimal>();
        targets.stream()
                .filter(t -> t.targetStationId() == null)
                .forEach(t -> applying.put(t.indicatorCode(), t.target()));
        targets.stream()
                .filter(t -> t.targetStationId() != null)
                .forEach(t -> applying.put(t.indicatorCode(), t.target()));
        return applying;
    }

    private static BigDecimal target(Map<String, BigDecimal> applying, Indicator indicator) {
        var set = applying.get(indicator.code());
        return set != null ? set : indicator.defaultTarget();
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static <T> Map<UUID, List<T>> byStation(List<T> rows, Function<T, UUID> station) {
        return rows.stream().collect(Collectors.groupingBy(station));
    }
}
