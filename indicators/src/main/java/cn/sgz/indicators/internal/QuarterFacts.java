package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

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
