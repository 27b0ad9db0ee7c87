package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.IndicatorResult;
import cn.sgz.indicators.api.IndicatorViews.RecordShortfall;
import cn.sgz.indicators.internal.CatalogueRepository.StationTarget;
import cn.sgz.infra.time.Quarter;
import io.micronaut.core.annotation.Nullable;
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
 * What stations' records of a quarter come to: six statements for any number of stations (cases,
 * groups with their sessions, activities, visit and volunteer tallies, surveys, targets), then
 * {@link AssessmentArithmetic} per station.
 */
@Singleton
class QuarterComputation {
    private final FactQueries facts;
    private final ContactRepository contacts;
    private final CatalogueRepository catalogue;
    private final TargetService targets;

    QuarterComputation(
            FactQueries facts, ContactRepository contacts, CatalogueRepository catalogue, TargetService targets) {
        this.facts = facts;
        this.contacts = contacts;
        this.catalogue = catalogue;
        this.targets = targets;
    }

    /** A station's quarter as computed from its records and targets; immutable, so it may be shared. */
    record Computed(
            @Nullable Double satisfactionRate, List<IndicatorResult> results, List<RecordShortfall> shortfalls) {
        Computed {
            results = List.copyOf(results);
            shortfalls = List.copyOf(shortfalls);
        }
    }

    Map<UUID, Computed> of(List<UUID> ids, Quarter quarter) {
        var from = quarter.firstDay();
        var to = quarter.lastDay();
        var caseFacts = byStation(facts.cases(ids, from, to), QuarterFacts.CaseFact::stationId);
        var groupFacts = byStation(facts.groups(ids, from, to), QuarterFacts.GroupFact::stationId);
        var activityFacts = byStation(facts.activities(ids, from, to), QuarterFacts.ActivityFact::stationId);
        var tallies = byStation(contacts.tallies(ids, from, to), QuarterFacts.Tally::stationId);
        var surveys = contacts.surveys(ids, from, to).stream()
                .collect(Collectors.toMap(QuarterFacts.SurveyTally::stationId, Function.identity()));
        var stationTargets = byStation(catalogue.stationTargets(ids, quarter.toString()), StationTarget::stationId);
        var indicators = targets.catalogue();
        var result = new HashMap<UUID, Computed>();
        // each station's facts are let go once computed, so what stays alive shrinks as it goes
        for (var id : ids) {
            var arithmetic = new AssessmentArithmetic(new QuarterFacts(
                    orNone(caseFacts.remove(id)),
                    orNone(groupFacts.remove(id)),
                    orNone(activityFacts.remove(id)),
                    tallies.getOrDefault(id, List.of()),
                    surveys.get(id)));
            var applying = applying(stationTargets.getOrDefault(id, List.of()));
            result.put(
                    id,
                    new Computed(
                            rounded(arithmetic.satisfactionRate()),
                            arithmetic.results(indicators, indicator -> target(applying, indicator)),
                            arithmetic.shortfalls()));
        }
        return result;
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

    private static <T> List<T> orNone(@Nullable List<T> facts) {
        return facts == null ? List.of() : facts;
    }

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static <T> Map<UUID, List<T>> byStation(Collection<T> rows, Function<T, UUID> station) {
        return rows.stream().collect(Collectors.groupingBy(station));
    }
}
