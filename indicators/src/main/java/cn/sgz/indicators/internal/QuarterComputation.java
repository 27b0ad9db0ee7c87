package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.IndicatorResult;
import cn.sgz.indicators.api.IndicatorViews.RecordShortfall;
import cn.sgz.indicators.internal.CatalogueRepository.StationTarget;
import cn.sgz.indicators.internal.QuarterFacts.Records;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What stations' records of a quarter come to: six statements for any number of stations (cases,
 * groups with their sessions, activities, visit and volunteer tallies, surveys, targets), then
 * {@link AssessmentArithmetic} per station. A station computed before is brought up to date from
 * what it was computed from: of its cases, groups and activities only the rows revised since are
 * read. For many stations read whole, the groups and the activities are read on connections of
 * their own while this thread reads the cases: the three largest reads run side by side instead of
 * one after the other. Only when the caller holds no connection, so that waiting for the pool can
 * never hold one back.
 */
@Singleton
class QuarterComputation {
    private final FactQueries facts;
    private final ContactRepository contacts;
    private final CatalogueRepository catalogue;
    private final TargetService targets;
    private final ConnectionOperations<Connection> connections;
    private final int sideBySideFrom;

    QuarterComputation(
            FactQueries facts,
            ContactRepository contacts,
            CatalogueRepository catalogue,
            TargetService targets,
            ConnectionOperations<Connection> connections,
            @Value("${sgz.indicators.side-by-side-from:100}") int sideBySideFrom) {
        this.facts = facts;
        this.contacts = contacts;
        this.catalogue = catalogue;
        this.targets = targets;
        this.connections = connections;
        this.sideBySideFrom = sideBySideFrom;
    }

    /**
     * A station's quarter as computed from its records and targets, with each indicator's unrounded
     * value in the catalogue's order (so that new targets can be applied without the records) and
     * the records themselves (so that a change reads only the rows revised since); immutable, so it
     * may be shared.
     */
    record Computed(
            @Nullable Double satisfactionRate,
            List<IndicatorResult> results,
            List<RecordShortfall> shortfalls,
            List<@Nullable Double> values,
            Records records) {
        Computed {
            results = List.copyOf(results);
            shortfalls = List.copyOf(shortfalls);
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A station's quarter computed before, and the revision of its records it was read at. */
    record Kept(long recordsRevision, Computed computed) {}

    /**
     * The quarters of the stations given: those not kept from their records read whole, the kept
     * ones from what they were computed from and their rows revised since.
     */
    Map<UUID, Computed> of(List<UUID> whole, Map<UUID, Kept> kept, Quarter quarter) {
        var ids = new ArrayList<>(whole);
        ids.addAll(kept.keySet());
        var since = new HashMap<UUID, Long>();
        kept.forEach((id, k) -> since.put(id, k.recordsRevision()));
        var wanted = new FactQueries.Wanted(whole, since, quarter.firstDay(), quarter.lastDay());
        var apart = whole.size() >= sideBySideFrom
                && connections.findConnectionStatus().isEmpty();
        var groups = read(apart, () -> facts.groups(wanted));
        var activities = read(apart, () -> facts.activities(wanted));
        var cases = facts.cases(wanted);
        var caseFacts = byStation(cases.facts(), QuarterFacts.CaseFact::stationId);
        var tallies = byStation(contacts.tallies(ids, wanted.from(), wanted.to()), QuarterFacts.Tally::stationId);
        var surveys = contacts.surveys(ids, wanted.from(), wanted.to()).stream()
                .collect(Collectors.toMap(QuarterFacts.SurveyTally::stationId, Function.identity()));
        var stationTargets = byStation(catalogue.stationTargets(ids, quarter.toString()), StationTarget::stationId);
        var indicators = targets.catalogue();
        var groupRead = Tenancy.join(groups);
        var activityRead = Tenancy.join(activities);
        var gone = new HashSet<>(cases.gone());
        gone.addAll(groupRead.gone());
        gone.addAll(activityRead.gone());
        var groupFacts = byStation(groupRead.facts(), QuarterFacts.GroupFact::stationId);
        var activityFacts = byStation(activityRead.facts(), QuarterFacts.ActivityFact::stationId);
        var result = new HashMap<UUID, Computed>();
        // each station's facts are let go once computed, so what stays alive shrinks as it goes
        for (var id : ids) {
            var read = new Records(
                    orNone(caseFacts.remove(id)), orNone(groupFacts.remove(id)), orNone(activityFacts.remove(id)));
            var before = kept.get(id);
            var records = before == null ? read : before.computed().records().updated(read, gone);
            var arithmetic = new AssessmentArithmetic(
                    new QuarterFacts(records, tallies.getOrDefault(id, List.of()), surveys.get(id)));
            result.put(
                    id,
                    measured(
                            rounded(arithmetic.satisfactionRate()),
                            arithmetic.values(indicators),
                            arithmetic.shortfalls(),
                            records,
                            indicators,
                            stationTargets.getOrDefault(id, List.of())));
        }
        return result;
    }

    /**
     * Quarters whose records are unchanged since they were computed, against the targets that apply
     * now: one statement for any number of stations, and no records read.
     */
    Map<UUID, Computed> retargeted(Map<UUID, Computed> kept, Quarter quarter) {
        var ids = List.copyOf(kept.keySet());
        var stationTargets = byStation(catalogue.stationTargets(ids, quarter.toString()), StationTarget::stationId);
        var indicators = targets.catalogue();
        var result = new HashMap<UUID, Computed>();
        kept.forEach((id, computed) -> result.put(
                id,
                measured(
                        computed.satisfactionRate(),
                        computed.values(),
                        computed.shortfalls(),
                        computed.records(),
                        indicators,
                        stationTargets.getOrDefault(id, List.of()))));
        return result;
    }

    /** A station's quarter: its values measured against the targets that apply to it. */
    private static Computed measured(
            @Nullable Double satisfactionRate,
            List<@Nullable Double> values,
            List<RecordShortfall> shortfalls,
            Records records,
            List<Indicator> indicators,
            List<StationTarget> targets) {
        return new Computed(
                satisfactionRate,
                AssessmentArithmetic.results(indicators, values, ApplyingTargets.of(targets)),
                shortfalls,
                values,
                records);
    }

    /** On a connection of its own when apart, else here and now. */
    private static <T> Future<T> read(boolean apart, Supplier<T> query) {
        return apart ? Tenancy.fork(query::get) : CompletableFuture.completedFuture(query.get());
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
