package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.IndicatorResult;
import cn.sgz.indicators.api.IndicatorViews.RecordShortfall;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A station's quarter computed from its records, without I/O: each indicator's value (rates in
 * per cent), its target and achievement, and the records that do not count, with why. The rules
 * are applied once per record, in the constructor; each indicator then reads its total.
 */
final class AssessmentArithmetic {
    private static final int DOMAINS = ServiceDomain.values().length;
    private static final List<String> KINDS = List.of("CASE", "GROUP", "ACTIVITY");
    private static final Comparator<RecordShortfall> IN_ORDER = Comparator.comparingInt(
                    (RecordShortfall shortfall) -> KINDS.indexOf(shortfall.recordKind()))
            .thenComparing(RecordShortfall::label)
            .thenComparing(RecordShortfall::recordId);

    private final QuarterFacts facts;
    private final List<RecordShortfall> shortfalls = new ArrayList<>();
    private final int[] cases = new int[DOMAINS];
    private final int[] groupSessions = new int[DOMAINS];
    private final int[] activities = new int[DOMAINS];
    private final int[] participants = new int[DOMAINS];
    private int opened;
    private int filed;
    private int reported;
    private int referralsDecided;
    private int referralsSucceeded;
    private long routineMinutes;
    private long allMinutes;

    AssessmentArithmetic(QuarterFacts facts) {
        this.facts = facts;
        for (var c : facts.cases()) {
            reported += c.reportedInQuarter() ? 1 : 0;
            if (!c.openedInQuarter()) {
                continue;
            }
            opened++;
            filed += c.filed() ? 1 : 0;
            if (c.kind() == CaseKind.REFERRAL && c.referralOutcome() != null) {
                referralsDecided++;
                referralsSucceeded += c.referralOutcome() == ReferralOutcome.SUCCEEDED ? 1 : 0;
            }
            var reasons = QualityRules.ofCase(c.kind(), c.sessions());
            if (reasons.isEmpty()) {
                cases[c.domain().ordinal()]++;
            } else {
                shortfalls.add(new RecordShortfall("CASE", c.id(), c.label(), reasons));
            }
        }
        for (var g : facts.groups()) {
            allMinutes += g.minutes();
            routineMinutes += g.featured() ? 0 : g.minutes();
            var reasons = QualityRules.ofGroup(g.members(), g.sessions(), g.attendance());
            if (reasons.isEmpty()) {
                groupSessions[g.domain().ordinal()] += g.sessions();
            } else {
                shortfalls.add(new RecordShortfall("GROUP", g.id(), g.label(), reasons));
            }
        }
        for (var a : facts.activities()) {
            allMinutes += a.minutes();
            routineMinutes += a.featured() ? 0 : a.minutes();
            var reasons = QualityRules.ofActivity(a.kind(), a.domain(), a.participants(), a.minutes());
            if (reasons.isEmpty()) {
                activities[a.domain().ordinal()]++;
                participants[a.domain().ordinal()] += a.participants();
            } else {
                shortfalls.add(new RecordShortfall("ACTIVITY", a.id(), a.label(), reasons));
            }
        }
        for (var t : facts.tallies()) {
            if (t.kind().equals("HOME") || t.kind().equals("PHONE")) {
                allMinutes += t.minutes();
                routineMinutes += t.minutes();
            }
        }
    }

    /** Each indicator's value in the catalogue's order, unrounded (null: a rate of nothing). */
    List<@Nullable Double> values(List<Indicator> catalogue) {
        var values = new ArrayList<@Nullable Double>(catalogue.size());
        for (var indicator : catalogue) {
            values.add(value(indicator));
        }
        return values;
    }

    /**
     * The results of values given in the catalogue's order; {@code targets} gives the target that
     * applies to an indicator (null: none set, no default).
     */
    static List<IndicatorResult> results(
            List<Indicator> catalogue,
            List<@Nullable Double> values,
            Function<Indicator, @Nullable BigDecimal> targets) {
        var results = new ArrayList<IndicatorResult>(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            var indicator = catalogue.get(i);
            var value = values.get(i);
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
        return switch (indicator.measure()) {
            case CASES -> total(cases, domain);
            case GROUP_SESSIONS -> total(groupSessions, domain);
            case ACTIVITIES -> total(activities, domain);
            case PARTICIPANTS -> total(participants, domain);
            case CASE_REPORTS -> (double) reported;
            case HOME_VISITS -> tally("HOME");
            case PHONE_VISITS -> tally("PHONE");
            case VOLUNTEER_TRAININGS -> tally("TRAINING");
            case VOLUNTEER_SERVICES -> tally("SERVICE");
            case CASE_FILING_RATE -> rate(filed, opened);
            case REFERRAL_SUCCESS_RATE -> rate(referralsSucceeded, referralsDecided);
            case ROUTINE_SHARE -> rate(routineMinutes, allMinutes);
            case SATISFACTION_RATE -> satisfactionRate();
        };
    }

    @Nullable
    Double satisfactionRate() {
        var surveys = facts.surveys();
        return surveys == null ? null : rate(surveys.satisfied(), surveys.answers());
    }

    /**
     * Cases, then groups, then activities (the order they were found in), each by label and id:
     * the records come in whatever order PostgreSQL read them, and a return should read the same
     * every time.
     */
    List<RecordShortfall> shortfalls() {
        return shortfalls.stream().sorted(IN_ORDER).toList();
    }

    /** One domain's total, or (for an indicator of the whole station) all domains'. */
    private static double total(int[] byDomain, @Nullable ServiceDomain domain) {
        if (domain != null) {
            return byDomain[domain.ordinal()];
        }
        int sum = 0;
        for (int value : byDomain) {
            sum += value;
        }
        return sum;
    }

    private double tally(String kind) {
        int events = 0;
        for (var t : facts.tallies()) {
            events += t.kind().equals(kind) ? t.events() : 0;
        }
        return events;
    }

    private static @Nullable Double rate(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
