package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.api.ServiceEnums.Shortfall;
import org.junit.jupiter.api.Test;

/** The service standards' thresholds, each on both sides of its boundary. */
class QualityRulesTest {

    @Test
    void aGroupNeedsEightMembersFiveSessionsAndSixtyPercentAttendance() {
        assertThat(QualityRules.ofGroup(8, 5, 40)).isEmpty();
        assertThat(QualityRules.ofGroup(7, 5, 35)).containsExactly(Shortfall.GROUP_TOO_FEW_MEMBERS);
        assertThat(QualityRules.ofGroup(8, 4, 32)).containsExactly(Shortfall.GROUP_TOO_FEW_SESSIONS);
        // 20 members × 5 sessions: 60 attendances are 60 %, 59 are not
        assertThat(QualityRules.ofGroup(20, 5, 60)).isEmpty();
        assertThat(QualityRules.ofGroup(20, 5, 59)).containsExactly(Shortfall.GROUP_LOW_ATTENDANCE);
        assertThat(QualityRules.ofGroup(0, 0, 0))
                .containsExactly(Shortfall.GROUP_TOO_FEW_MEMBERS, Shortfall.GROUP_TOO_FEW_SESSIONS);
    }

    @Test
    void counsellingAndTreatmentNeedFiveSessions() {
        assertThat(QualityRules.ofCase(CaseKind.COUNSELLING, 4)).containsExactly(Shortfall.CASE_TOO_FEW_SESSIONS);
        assertThat(QualityRules.ofCase(CaseKind.TREATMENT, 4)).containsExactly(Shortfall.CASE_TOO_FEW_SESSIONS);
        assertThat(QualityRules.ofCase(CaseKind.COUNSELLING, 5)).isEmpty();
        assertThat(QualityRules.ofCase(CaseKind.CONSULTATION, 0)).isEmpty();
        assertThat(QualityRules.ofCase(CaseKind.REFERRAL, 0)).isEmpty();
    }

    @Test
    void lecturesLargeAndMediumActivitiesHaveTheirThresholds() {
        var youth = ServiceDomain.YOUTH;
        assertThat(QualityRules.ofActivity(ActivityKind.LECTURE, youth, 20, 40)).isEmpty();
        assertThat(QualityRules.ofActivity(ActivityKind.LECTURE, youth, 20, 39))
                .containsExactly(Shortfall.LECTURE_TOO_SHORT);
        assertThat(QualityRules.ofActivity(ActivityKind.LECTURE, youth, 19, 40))
                .containsExactly(Shortfall.LECTURE_TOO_FEW_PARTICIPANTS);
        assertThat(QualityRules.ofActivity(ActivityKind.LECTURE, ServiceDomain.ENTERPRISE, 29, 40))
                .containsExactly(Shortfall.LECTURE_TOO_FEW_PARTICIPANTS);
        assertThat(QualityRules.ofActivity(ActivityKind.LECTURE, ServiceDomain.ENTERPRISE, 30, 40))
                .isEmpty();
        assertThat(QualityRules.ofActivity(ActivityKind.LARGE, youth, 100, 60))
                .containsExactly(Shortfall.LARGE_TOO_FEW_PARTICIPANTS);
        assertThat(QualityRules.ofActivity(ActivityKind.LARGE, youth, 101, 60)).isEmpty();
        assertThat(QualityRules.ofActivity(ActivityKind.MEDIUM, youth, 49, 60))
                .containsExactly(Shortfall.MEDIUM_TOO_FEW_PARTICIPANTS);
        assertThat(QualityRules.ofActivity(ActivityKind.MEDIUM, youth, 50, 60)).isEmpty();
        assertThat(QualityRules.ofActivity(ActivityKind.PUBLICITY, youth, 1, 1)).isEmpty();
    }
}
