package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.IndicatorResult;
import cn.sgz.indicators.api.IndicatorViews.RecordShortfall;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.internal.QuarterFacts.ActivityFact;
import cn.sgz.indicators.internal.QuarterFacts.CaseFact;
import cn.sgz.indicators.internal.QuarterFacts.GroupFact;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A station's quarter computed from its records, without I/O: each indicator's value (rates in
 * per cent), its target and achievement, and the records that do not count, with why.
 */
final class AssessmentArithmetic {
    private final QuarterFacts facts;

    AssessmentArithmetic(QuarterFacts facts) {
        this.facts = facts;
    }

    /** {@code targets} gives the target that applies to an indicator (null: none set, no default). */
    List<IndicatorResult> results(List<Indicator> catalogue, Function<Indicator, @Nullable BigDecimal> targets) {
        var results = new ArrayList<IndicatorResult>(catalogue.size());
        for (var indicator : catalogue) {
            var value = value(indicator);
            var target = targets.apply(indicator);
            Double achievement = null;
            Boolean met = null;
            if (target != null && value != null) {
                met = BigDecimal.valueOf(value).compareTo(target) >= 0;
                achievement = target.signum() > 0 ? round(value / target.doubleValue() * 100) : null;
            }
            results.add(new IndicatorResult(
                    indicator,
                    value == null ? null : round(value),
                    target == null ? null : target.doubleValue(),
                    achievement,
                    met));
        }
        return results;
    }

    /** The value of one indicator; null for a rate without anything to divide by. */
    @Nullable
    Double value(Indicator indicator) {
        var domain = indicator.domain();
        var countingCases = facts.cases().stream()
                .filter(c -> c.openedInQuarter() && (domain == null || c.domain() == domain))
                .filter(c -> QualityRules.ofCase(c.kind(), c.sessions()).isEmpty());
        var countingGroups = facts.groups().stream()
                .filter(g -> domain == null || g.domain() == domain)
                .filter(AssessmentArithmetic::counts);
        var countingActivities = facts.activities().stream()
                .filter(a -> domain == null || a.domain() == domain)
                .filter(AssessmentArithmetic::counts);
        return switch (indicator.measure()) {
            case CASES -> (double) countingCases.count();
            case GROUP_SESSIONS ->
                (double) countingGroups.mapToInt(GroupFact::sessions).sum();
            case ACTIVITIES -> (double) countingActivities.count();
            case PARTICIPANTS ->
                (double) countingActivities.mapToInt(ActivityFact::participants).sum();
            case CASE_REPORTS ->
                (double) facts.cases().stream()
                        .filter(CaseFact::reportedInQuarter)
                        .count();
            case HOME_VISITS -> tally("HOME");
            case PHONE_VISITS -> tally("PHONE");
            case VOLUNTEER_TRAININGS -> tally("TRAINING");
            case VOLUNTEER_SERVICES -> tally("SERVICE");
            case CASE_FILING_RATE -> filingRate();
            case REFERRAL_SUCCESS_RATE -> referralRate();
            case ROUTINE_SHARE -> routineShare();
            case SATISFACTION_RATE -> satisfactionRate();
        };
    }

    @Nullable
    Double satisfactionRate() {
        var surveys = facts.surveys();
        return surveys == null || surveys.answers() == 0 ? null : 100.0 * surveys.satisfied() / surveys.answers();
    }

    List<RecordShortfall> shortfalls() {
        var shortfalls = new ArrayList<RecordShortfall>();
        for (var c : facts.cases()) {
            var reasons = QualityRules.ofCase(c.kind(), c.sessions());
            if (c.openedInQuarter() && !reasons.isEmpty()) {
                shortfalls.add(new RecordShortfall("CASE", c.id(), c.label(), reasons));
            }
        }
        for (var g : facts.groups()) {
            var reasons = QualityRules.ofGroup(g.members(), g.sessions(), g.attendance());
            if (!reasons.isEmpty()) {
                shortfalls.add(new RecordShortfall("GROUP", g.id(), g.label(), reasons));
            }
        }
        for (var a : facts.activities()) {
            var reasons = QualityRules.ofActivity(a.kind(), a.domain(), a.participants(), a.minutes());
            if (!reasons.isEmpty()) {
                shortfalls.add(new RecordShortfall("ACTIVITY", a.id(), a.label(), reasons));
            }
        }
        return shortfalls;
    }

    private static boolean counts(GroupFact group) {
        return QualityRules.ofGroup(group.members(), group.sessions(), group.attendance())
                .isEmpty();
    }

    private static boolean counts(ActivityFact activity) {
        return QualityRules.ofActivity(activity.kind(), activity.domain(), activity.participants(), activity.minutes())
                .isEmpty();
    }

    private double tally(String kind) {
        return facts.tallies().stream()
                .filter(t -> t.kind().equals(kind))
                .mapToInt(QuarterFacts.Tally::events)
                .sum();
    }

    private @Nullable Double filingRate() {
        var opened = facts.cases().stream().filter(CaseFact::openedInQuarter).toList();
        return opened.isEmpty()
                ? null
                : 100.0 * opened.stream().filter(CaseFact::filed).count() / opened.size();
    }

    private @Nullable Double referralRate() {
        var decided = facts.cases().stream()
                .filter(c -> c.openedInQuarter() && c.kind() == CaseKind.REFERRAL && c.referralOutcome() != null)
                .toList();
        return decided.isEmpty()
                ? null
                : 100.0
                        * decided.stream()
                                .filter(c -> c.referralOutcome() == ReferralOutcome.SUCCEEDED)
                                .count()
                        / decided.size();
    }

    /** Service time of routine (not featured) work over all service time: group sessions, activities, visits. */
    private @Nullable Double routineShare() {
        long routine = 0;
        long all = 0;
        for (var g : facts.groups()) {
            all += g.minutes();
            routine += g.featured() ? 0 : g.minutes();
        }
        for (var a : facts.activities()) {
            all += a.minutes();
            routine += a.featured() ? 0 : a.minutes();
        }
        for (var t : facts.tallies()) {
            if (t.kind().equals("HOME") || t.kind().equals("PHONE")) {
                all += t.minutes();
                routine += t.minutes();
            }
        }
        return all == 0 ? null : 100.0 * routine / all;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
