package cn.sgz.tenant.internal.staffing;

import static cn.sgz.tenant.internal.staffing.StaffFixture.leaving;
import static cn.sgz.tenant.internal.staffing.StaffFixture.posting;
import static cn.sgz.tenant.internal.staffing.StaffFixture.qualifiedWorker;
import static cn.sgz.tenant.internal.staffing.StaffFixture.uncertifiedWorker;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationMiss;
import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StaffingArithmeticTest {
    static final UUID STATION = UUID.randomUUID();
    static final Quarter Q1 = Quarter.parse("q", "2026Q1");
    static final Quarter Q2 = Quarter.parse("q", "2026Q2");
    static final Rules CONTRACT = Rules.CONTRACT_DEFAULT;

    @Test
    void twoQualifiedFullTimeWorkersMakeEveryDayCompliant() {
        var a = qualifiedWorker("甲", LocalDate.of(2025, 6, 1));
        var b = qualifiedWorker("乙", LocalDate.of(2025, 6, 1));
        var compliance = compliance(
                Q1, List.of(posting(a, STATION, a.hiredOn(), null), posting(b, STATION, b.hiredOn(), null)), a, b);
        assertThat(compliance.days()).isEqualTo(90);
        assertThat(compliance.compliantDays()).isEqualTo(90);
        assertThat(compliance.vacancyDays()).isZero();
        assertThat(compliance.complianceRate()).isEqualTo(1.0);
        assertThat(compliance.qualificationGaps()).isEmpty();
    }

    @Test
    void aVacancyAcrossTwoQuartersCountsInEachOnlyItsOwnDays() {
        var stays = qualifiedWorker("留任", LocalDate.of(2025, 6, 1));
        var leaves = leaving(qualifiedWorker("离职", LocalDate.of(2025, 6, 1)), LocalDate.of(2026, 3, 10));
        var successor = qualifiedWorker("接替", LocalDate.of(2026, 4, 20));
        var postings = List.of(
                posting(stays, STATION, stays.hiredOn(), null),
                posting(leaves, STATION, leaves.hiredOn(), LocalDate.of(2026, 3, 10)),
                posting(successor, STATION, successor.hiredOn(), null));

        var q1 = compliance(Q1, postings, stays, leaves, successor);
        assertThat(q1.vacancyDays()).isEqualTo(21); // 11 to 31 March
        assertThat(q1.compliantDays()).isEqualTo(69);
        assertThat(q1.leavers()).isEqualTo(1);

        var q2 = compliance(Q2, postings, stays, leaves, successor);
        assertThat(q2.vacancyDays()).isEqualTo(19); // 1 to 19 April
        assertThat(q2.complianceRate()).isEqualTo(72 / 91.0);
        assertThat(q2.leavers()).isZero();
    }

    @Test
    void anUncertifiedWorkerLeavesTheStationShortAndIsNamed() {
        var certified = qualifiedWorker("持证", LocalDate.of(2025, 6, 1));
        var uncertified = uncertifiedWorker("未持证", LocalDate.of(2025, 6, 1));
        var compliance = compliance(
                Q1,
                List.of(
                        posting(certified, STATION, certified.hiredOn(), null),
                        posting(uncertified, STATION, uncertified.hiredOn(), null)),
                certified,
                uncertified);
        assertThat(compliance.vacancyDays()).isEqualTo(90);
        assertThat(compliance.qualificationGaps()).singleElement().satisfies(gap -> {
            assertThat(gap.name()).isEqualTo("未持证");
            assertThat(gap.misses())
                    .containsExactly(
                            QualificationMiss.NO_CERTIFICATE,
                            QualificationMiss.NO_RELEVANT_DEGREE,
                            QualificationMiss.TOO_LITTLE_EXPERIENCE);
        });
    }

    @Test
    void experienceGrowsOnThePostUntilItIsEnough() {
        var junior = qualifiedWorker("新人", LocalDate.of(2026, 1, 1));
        junior = new StaffMember(
                junior.id(),
                junior.projectId(),
                junior.name(),
                junior.gender(),
                junior.phone(),
                null,
                junior.degree(),
                junior.major(),
                true,
                junior.qualificationLevel(),
                junior.certificateNumber(),
                junior.certificateDate(),
                new BigDecimal("1.5"),
                junior.employmentType(),
                junior.hiredOn(),
                null);
        assertThat(StaffingArithmetic.misses(junior, CONTRACT, LocalDate.of(2026, 3, 1)))
                .containsExactly(QualificationMiss.TOO_LITTLE_EXPERIENCE);
        assertThat(StaffingArithmetic.misses(junior, CONTRACT, LocalDate.of(2026, 7, 3)))
                .isEmpty();
    }

    @Test
    void rulesArePerProject() {
        var assistant = qualifiedWorker("助理", LocalDate.of(2025, 1, 1));
        var strict =
                new Rules(1, Set.of(QualificationLevel.INTERMEDIATE, QualificationLevel.SENIOR), BigDecimal.ONE, false);
        assertThat(StaffingArithmetic.misses(assistant, strict, LocalDate.of(2026, 1, 1)))
                .containsExactly(QualificationMiss.LEVEL_NOT_ACCEPTED);
        var lenient = new Rules(1, Set.of(QualificationLevel.values()), BigDecimal.ZERO, false);
        var alone = compliance(
                Q1, lenient, List.of(posting(assistant, STATION, assistant.hiredOn(), null)), Map.of(), assistant);
        assertThat(alone.vacancyDays()).isZero();
    }

    @Test
    void trainingIsDueWithinAMonthOfStartAndEveryQuarter() {
        var hired = qualifiedWorker("新聘", LocalDate.of(2026, 2, 10));
        var late = StaffingArithmetic.trainingGap(
                hired, Q1, List.of(new TrainingRecord(TrainingKind.INITIAL, LocalDate.of(2026, 3, 20))));
        assertThat(late.initialTrainingMissed()).isTrue();
        assertThat(late.skillsTrainingMissed()).isTrue();
        var onTime = StaffingArithmetic.trainingGap(
                hired,
                Q1,
                List.of(
                        new TrainingRecord(TrainingKind.INITIAL, LocalDate.of(2026, 3, 10)),
                        new TrainingRecord(TrainingKind.SKILLS, LocalDate.of(2026, 3, 25))));
        assertThat(onTime.initialTrainingMissed()).isFalse();
        assertThat(onTime.skillsTrainingMissed()).isFalse();
        var notYetDue =
                StaffingArithmetic.trainingGap(qualifiedWorker("月底入职", LocalDate.of(2026, 3, 15)), Q1, List.of());
        assertThat(notYetDue.initialTrainingMissed()).isFalse();
    }

    @Test
    void theRosterOfADayListsWhoIsOnPost() {
        var a = qualifiedWorker("甲", LocalDate.of(2025, 6, 1));
        var b = uncertifiedWorker("乙", LocalDate.of(2025, 6, 1));
        var roster = StaffingArithmetic.staffing(
                STATION,
                LocalDate.of(2026, 2, 1),
                CONTRACT,
                List.of(
                        posting(a, STATION, a.hiredOn(), null),
                        posting(b, STATION, b.hiredOn(), LocalDate.of(2026, 1, 31))),
                byId(a, b));
        assertThat(roster.members()).extracting(holder -> holder.staff().name()).containsExactly("甲");
        assertThat(roster.qualifiedFullTime()).isEqualTo(1);
        assertThat(roster.compliant()).isFalse();
    }

    private static cn.sgz.tenant.api.staffing.StaffingViews.Compliance compliance(
            Quarter quarter, List<cn.sgz.tenant.api.staffing.StaffingViews.Assignment> postings, StaffMember... staff) {
        return compliance(quarter, CONTRACT, postings, Map.of(), staff);
    }

    private static cn.sgz.tenant.api.staffing.StaffingViews.Compliance compliance(
            Quarter quarter,
            Rules rules,
            List<cn.sgz.tenant.api.staffing.StaffingViews.Assignment> postings,
            Map<UUID, List<TrainingRecord>> trainings,
            StaffMember... staff) {
        return StaffingArithmetic.compliance(STATION, quarter, rules, postings, byId(staff), trainings, 0, 0);
    }

    private static Map<UUID, StaffMember> byId(StaffMember... staff) {
        return Stream.of(staff).collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }
}
