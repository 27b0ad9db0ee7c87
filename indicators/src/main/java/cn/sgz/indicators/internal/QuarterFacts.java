package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** What one station recorded in a quarter, as far as the indicators need it (read by {@link FactQueries} and {@link ContactRepository}). */
record QuarterFacts(
        List<CaseFact> cases,
        List<GroupFact> groups,
        List<ActivityFact> activities,
        List<Tally> tallies,
        @Nullable SurveyTally surveys) {

    static QuarterFacts none() {
        return new QuarterFacts(List.of(), List.of(), List.of(), List.of(), null);
    }

    QuarterFacts(Records records, List<Tally> tallies, @Nullable SurveyTally surveys) {
        this(records.cases(), records.groups(), records.activities(), tallies, surveys);
    }

    /**
     * A station's cases, groups and activities of the quarter: what a computed quarter is kept with,
     * so that a change of its records reads only the rows revised since.
     */
    record Records(List<CaseFact> cases, List<GroupFact> groups, List<ActivityFact> activities) {
        static final Records NONE = new Records(List.of(), List.of(), List.of());

        Records {
            cases = List.copyOf(cases);
            groups = List.copyOf(groups);
            activities = List.copyOf(activities);
        }

        /** These with the rows revised since put in place of their old selves, and those gone left out. */
        Records updated(Records revised, Set<UUID> gone) {
            // gone may hold the rows of many stations: asked, never copied
            var replaced = new HashSet<UUID>();
            revised.cases.forEach(c -> replaced.add(c.id()));
            revised.groups.forEach(g -> replaced.add(g.id()));
            revised.activities.forEach(a -> replaced.add(a.id()));
            return new Records(
                    updated(cases, revised.cases, replaced, gone, CaseFact::id),
                    updated(groups, revised.groups, replaced, gone, GroupFact::id),
                    updated(activities, revised.activities, replaced, gone, ActivityFact::id));
        }

        private static <T> List<T> updated(
                List<T> kept, List<T> revised, Set<UUID> replaced, Set<UUID> gone, Function<T, UUID> id) {
            var rows = new ArrayList<T>(kept.size() + revised.size());
            kept.stream()
                    .filter(row -> !replaced.contains(id.apply(row)) && !gone.contains(id.apply(row)))
                    .forEach(rows::add);
            rows.addAll(revised);
            return rows;
        }
    }

    /** A case opened or closed in the quarter. */
    record CaseFact(
            UUID id,
            UUID stationId,
            String label,
            ServiceDomain domain,
            CaseKind kind,
            int sessions,
            boolean openedInQuarter,
            boolean filed,
            boolean reportedInQuarter,
            @Nullable ReferralOutcome referralOutcome) {}

    /** A group started in the quarter, with its sessions summed up. */
    record GroupFact(
            UUID id,
            UUID stationId,
            String label,
            ServiceDomain domain,
            int members,
            int sessions,
            int attendance,
            int minutes,
            boolean featured) {}

    record ActivityFact(
            UUID id,
            UUID stationId,
            String label,
            ServiceDomain domain,
            ActivityKind kind,
            int participants,
            int minutes,
            boolean featured) {}

    /** How many visits or volunteer events of a kind (HOME, PHONE, TRAINING, SERVICE), and their minutes. */
    @Introspected
    record Tally(UUID stationId, String kind, int events, int minutes) {}

    /** Answers of 4 or 5 over all answers of the quarter's questionnaires. */
    @Introspected
    record SurveyTally(UUID stationId, int satisfied, int answers) {}
}
