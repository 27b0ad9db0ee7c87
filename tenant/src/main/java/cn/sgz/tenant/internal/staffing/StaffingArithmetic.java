package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationMiss;
import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Compliance;
import cn.sgz.tenant.api.staffing.StaffingViews.PostHolder;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffGap;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import cn.sgz.tenant.api.staffing.StaffingViews.StationStaffing;
import cn.sgz.tenant.api.staffing.StaffingViews.TrainingGap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contract's staffing arithmetic, day by day: a station is compliant on a day when it has at
 * least the required number of full-time workers on post who meet every qualification rule that
 * day. No I/O; every input is given.
 */
final class StaffingArithmetic {
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365.25);

    private StaffingArithmetic() {}

    /** The rules the person misses on the day; empty when qualified. */
    static List<QualificationMiss> misses(StaffMember staff, Rules rules, LocalDate day) {
        var misses = new ArrayList<QualificationMiss>();
        if (staff.qualificationLevel() == null
                || staff.certificateDate() == null
                || staff.certificateDate().isAfter(day)) {
            misses.add(QualificationMiss.NO_CERTIFICATE);
        } else if (!rules.qualificationLevels().contains(staff.qualificationLevel())) {
            misses.add(QualificationMiss.LEVEL_NOT_ACCEPTED);
        }
        if (rules.requireRelevantDegree() && (staff.degree() == Degree.NONE || !staff.majorRelevant())) {
            misses.add(QualificationMiss.NO_RELEVANT_DEGREE);
        }
        if (experience(staff, day).compareTo(rules.minExperienceYears()) < 0) {
            misses.add(QualificationMiss.TOO_LITTLE_EXPERIENCE);
        }
        return misses;
    }

    /** Experience on the day: what the person brought when hired, plus the time since. */
    static BigDecimal experience(StaffMember staff, LocalDate day) {
        long daysSinceHire = Math.max(0, ChronoUnit.DAYS.between(staff.hiredOn(), day));
        return staff.experienceYears()
                .add(BigDecimal.valueOf(daysSinceHire).divide(DAYS_PER_YEAR, 2, RoundingMode.DOWN));
    }

    /** A full-time employee in a full-time station posting on the day, not yet gone. */
    static boolean fullTimeOnPost(Assignment posting, StaffMember staff, LocalDate day) {
        return posting.role() == PostRole.WORKER
                && posting.fullTime()
                && staff.employmentType() == EmploymentType.FULL_TIME
                && posting.activeOn(day)
                && (staff.leftOn() == null || !day.isAfter(staff.leftOn()));
    }

    static StationStaffing staffing(
            UUID stationId, LocalDate day, Rules rules, List<Assignment> postings, Map<UUID, StaffMember> staff) {
        var members = new ArrayList<PostHolder>();
        int qualified = 0;
        for (var posting : postings) {
            var person = staff.get(posting.staffId());
            if (person == null || !posting.activeOn(day) || (person.leftOn() != null && day.isAfter(person.leftOn()))) {
                continue;
            }
            var misses = misses(person, rules, day);
            members.add(new PostHolder(posting, person, misses.isEmpty(), misses));
            if (misses.isEmpty() && fullTimeOnPost(posting, person, day)) {
                qualified++;
            }
        }
        members.sort(Comparator.comparing((PostHolder holder) -> holder.staff().name()));
        return new StationStaffing(stationId, day, rules.fullTimeWorkers(), qualified, members);
    }

    static Compliance compliance(
            UUID stationId,
            Quarter quarter,
            Rules rules,
            List<Assignment> postings,
            Map<UUID, StaffMember> staff,
            Map<UUID, List<TrainingRecord>> trainings,
            int individualSupervisions,
            int groupSupervisions) {
        int compliantDays = 0;
        var lastDayOnPost = new LinkedHashMap<UUID, LocalDate>();
        for (var day = quarter.firstDay(); !day.isAfter(quarter.lastDay()); day = day.plusDays(1)) {
            int qualified = 0;
            for (var posting : postings) {
                var person = staff.get(posting.staffId());
                if (person != null && fullTimeOnPost(posting, person, day)) {
                    lastDayOnPost.put(person.id(), day);
                    if (misses(person, rules, day).isEmpty()) {
                        qualified++;
                    }
                }
            }
            if (qualified >= rules.fullTimeWorkers()) {
                compliantDays++;
            }
        }
        var qualificationGaps = new ArrayList<StaffGap>();
        var trainingGaps = new ArrayList<TrainingGap>();
        lastDayOnPost.forEach((staffId, lastDay) -> {
            var person = staff.get(staffId);
            var misses = misses(person, rules, lastDay);
            if (!misses.isEmpty()) {
                qualificationGaps.add(new StaffGap(staffId, person.name(), misses));
            }
            var gap = trainingGap(person, quarter, trainings.getOrDefault(staffId, List.of()));
            if (gap.initialTrainingMissed() || gap.skillsTrainingMissed()) {
                trainingGaps.add(gap);
            }
        });
        int leavers = (int) staff.values().stream()
                .filter(person -> person.leftOn() != null && quarter.contains(person.leftOn()))
                .filter(person ->
                        postings.stream().anyMatch(posting -> posting.staffId().equals(person.id())))
                .count();
        return new Compliance(
                stationId,
                quarter,
                rules.fullTimeWorkers(),
                quarter.days(),
                compliantDays,
                leavers,
                qualificationGaps,
                trainingGaps,
                individualSupervisions,
                groupSupervisions);
    }

    /**
     * Initial training is due within one month of the start and counts as missed once that month
     * is over (by the quarter's end) without it; skills training is due once in every quarter.
     */
    static TrainingGap trainingGap(StaffMember staff, Quarter quarter, List<TrainingRecord> attended) {
        var initialDue = staff.hiredOn().plusMonths(1);
        boolean initialMissed = !initialDue.isAfter(quarter.lastDay())
                && attended.stream()
                        .noneMatch(training -> training.kind() == TrainingKind.INITIAL
                                && !training.heldOn().isAfter(initialDue));
        boolean skillsMissed = attended.stream()
                .noneMatch(training -> training.kind() == TrainingKind.SKILLS && quarter.contains(training.heldOn()));
        return new TrainingGap(staff.id(), staff.name(), initialMissed, skillsMissed);
    }
}
