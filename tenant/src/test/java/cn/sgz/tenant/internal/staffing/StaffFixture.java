package cn.sgz.tenant.internal.staffing;

import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** People and postings for the staffing arithmetic, in the domain's words. */
final class StaffFixture {
    static final UUID PROJECT = UUID.randomUUID();

    private StaffFixture() {}

    /** Full time, social-work degree, certified a year before hire, three years' experience. */
    static StaffMember qualifiedWorker(String name, LocalDate hiredOn) {
        return new StaffMember(
                UUID.randomUUID(),
                PROJECT,
                name,
                Gender.FEMALE,
                "138****5678",
                null,
                Degree.BACHELOR,
                "社会工作",
                true,
                QualificationLevel.ASSISTANT,
                "Z2025000001",
                hiredOn.minusYears(1),
                BigDecimal.valueOf(3),
                EmploymentType.FULL_TIME,
                hiredOn,
                null);
    }

    static StaffMember uncertifiedWorker(String name, LocalDate hiredOn) {
        var worker = qualifiedWorker(name, hiredOn);
        return new StaffMember(
                worker.id(),
                PROJECT,
                name,
                worker.gender(),
                worker.phone(),
                null,
                Degree.BACHELOR,
                "会计",
                false,
                null,
                null,
                null,
                BigDecimal.ONE,
                EmploymentType.FULL_TIME,
                hiredOn,
                null);
    }

    static StaffMember leaving(StaffMember worker, LocalDate leftOn) {
        return new StaffMember(
                worker.id(),
                worker.projectId(),
                worker.name(),
                worker.gender(),
                worker.phone(),
                worker.idNumber(),
                worker.degree(),
                worker.major(),
                worker.majorRelevant(),
                worker.qualificationLevel(),
                worker.certificateNumber(),
                worker.certificateDate(),
                worker.experienceYears(),
                worker.employmentType(),
                worker.hiredOn(),
                leftOn);
    }

    static Assignment posting(StaffMember worker, UUID station, LocalDate startsOn, LocalDate endsOn) {
        return new Assignment(
                UUID.randomUUID(), PROJECT, station, worker.id(), PostRole.WORKER, true, startsOn, endsOn);
    }
}
