package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.Measure;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.internal.QuarterFacts.ActivityFact;
import cn.sgz.indicators.internal.QuarterFacts.CaseFact;
import cn.sgz.indicators.internal.QuarterFacts.GroupFact;
import cn.sgz.indicators.internal.QuarterFacts.SurveyTally;
import cn.sgz.indicators.internal.QuarterFacts.Tally;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A station's quarter from its facts: what counts, the rates, and targets with achievement. */
class AssessmentArithmeticTest {
    static final UUID STATION = UUID.randomUUID();

    @Test
    void onlyRecordsThatPassTheRulesCountAndRatesDivideWhatTheySay() {
        var facts = new QuarterFacts(
                List.of(
                        aCase(CaseKind.COUNSELLING, 5, true, true, null),
                        aCase(CaseKind.COUNSELLING, 4, true, false, null), // too few sessions, not filed
                        aCase(CaseKind.REFERRAL, 1, true, true, ReferralOutcome.SUCCEEDED),
                        aCase(CaseKind.REFERRAL, 1, true, true, ReferralOutcome.FAILED),
                        aCase(CaseKind.CONSULTATION, 1, false, true, null)), // opened last quarter
                List.of(
                        new GroupFact(UUID.randomUUID(), STATION, "互助小组", ServiceDomain.YOUTH, 8, 6, 48, 540, false),
                        new GroupFact(UUID.randomUUID(), STATION, "小小组", ServiceDomain.YOUTH, 6, 6, 36, 540, true)),
                List.of(new ActivityFact(
                        UUID.randomUUID(), STATION, "讲座", ServiceDomain.YOUTH, ActivityKind.LECTURE, 25, 60, false)),
                List.of(new Tally(STATION, "HOME", 3, 120), new Tally(STATION, "TRAINING", 2, 0)),
                new SurveyTally(STATION, 38, 40));
        var arithmetic = new AssessmentArithmetic(facts);
        assertThat(arithmetic.value(indicator(ServiceDomain.YOUTH, Measure.CASES)))
                .isEqualTo(3.0);
        assertThat(arithmetic.value(indicator(ServiceDomain.YOUTH, Measure.GROUP_SESSIONS)))
                .isEqualTo(6.0);
        assertThat(arithmetic.value(indicator(ServiceDomain.YOUTH, Measure.PARTICIPANTS)))
                .isEqualTo(25.0);
        assertThat(arithmetic.value(indicator(ServiceDomain.ELDERLY, Measure.CASES)))
                .isZero();
        assertThat(arithmetic.value(indicator(null, Measure.CASE_FILING_RATE))).isEqualTo(75.0);
        assertThat(arithmetic.value(indicator(null, Measure.REFERRAL_SUCCESS_RATE)))
                .isEqualTo(50.0);
        assertThat(arithmetic.value(indicator(null, Measure.HOME_VISITS))).isEqualTo(3.0);
        assertThat(arithmetic.value(indicator(null, Measure.VOLUNTEER_TRAININGS)))
                .isEqualTo(2.0);
        // routine minutes: 540 (group) + 60 (lecture) + 120 (visits) of 1260 in all
        assertThat(arithmetic.value(indicator(null, Measure.ROUTINE_SHARE))).isCloseTo(57.14, within());
        assertThat(arithmetic.satisfactionRate()).isEqualTo(95.0);
        assertThat(arithmetic.shortfalls()).extracting(s -> s.label()).containsExactlyInAnyOrder("C-4", "小小组");
    }

    @Test
    void shortfallsComeByKindThenLabelWhateverOrderTheRecordsCameIn() {
        var small = new GroupFact(UUID.randomUUID(), STATION, "乙组", ServiceDomain.YOUTH, 6, 6, 36, 540, false);
        var smaller = new GroupFact(UUID.randomUUID(), STATION, "甲组", ServiceDomain.YOUTH, 5, 6, 30, 540, false);
        var lecture = new ActivityFact(
                UUID.randomUUID(), STATION, "A讲座", ServiceDomain.YOUTH, ActivityKind.LECTURE, 5, 60, false);
        var cases = List.of(
                aCase(CaseKind.COUNSELLING, 3, true, true, null), aCase(CaseKind.COUNSELLING, 2, true, true, null));
        var forwards = new AssessmentArithmetic(
                new QuarterFacts(cases, List.of(small, smaller), List.of(lecture), List.of(), null));
        var backwards = new AssessmentArithmetic(
                new QuarterFacts(cases.reversed(), List.of(smaller, small), List.of(lecture), List.of(), null));
        assertThat(forwards.shortfalls()).extracting(s -> s.label()).containsExactly("C-2", "C-3", "乙组", "甲组", "A讲座");
        assertThat(backwards.shortfalls()).isEqualTo(forwards.shortfalls());
    }

    @Test
    void aRateWithNothingToDivideIsNullAndAchievementComparesWithTheTarget() {
        var arithmetic = new AssessmentArithmetic(QuarterFacts.none());
        var filing = indicator(null, Measure.CASE_FILING_RATE);
        var cases = indicator(ServiceDomain.FAMILY, Measure.CASES);
        var results = AssessmentArithmetic.results(
                List.of(filing, cases),
                arithmetic.values(List.of(filing, cases)),
                i -> i == cases ? BigDecimal.TEN : BigDecimal.valueOf(100));
        assertThat(results.get(0).value()).isNull();
        assertThat(results.get(0).met()).isNull();
        assertThat(results.get(1).value()).isZero();
        assertThat(results.get(1).achievementRate()).isZero();
        assertThat(results.get(1).met()).isFalse();
        var none = AssessmentArithmetic.results(List.of(cases), arithmetic.values(List.of(cases)), i -> null)
                .getFirst();
        assertThat(none.target()).isNull();
        assertThat(none.met()).isNull();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }

    private static CaseFact aCase(CaseKind kind, int sessions, boolean opened, boolean filed, ReferralOutcome outcome) {
        return new CaseFact(
                UUID.randomUUID(),
                STATION,
                "C-" + sessions,
                ServiceDomain.YOUTH,
                kind,
                sessions,
                opened,
                filed,
                false,
                outcome);
    }

    private static Indicator indicator(ServiceDomain domain, Measure measure) {
        return new Indicator(measure.name(), measure.name(), domain, "次", measure, null, 0);
    }
}
