package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.privacy.PersonalData;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Hiring, postings and account links: each checks the caller, writes, then audits. */
@Singleton
class StaffingChanges {
    private final StaffRepository staff;
    private final AssignmentRepository assignments;
    private final StaffIdentities identities;
    private final ProjectManagers managers;
    private final Organisation organisation;
    private final PersonalData personalData;
    private final AuditLog audit;

    StaffingChanges(
            StaffRepository staff,
            AssignmentRepository assignments,
            StaffIdentities identities,
            ProjectManagers managers,
            Organisation organisation,
            PersonalData personalData,
            AuditLog audit) {
        this.staff = staff;
        this.assignments = assignments;
        this.identities = identities;
        this.managers = managers;
        this.organisation = organisation;
        this.personalData = personalData;
        this.audit = audit;
    }

    @Transactional
    StaffMember hire(StaffingCommands.Hire command) {
        managers.require(command.projectId());
        var phone = personalData.seal(command.phone(), PersonalData.Mask.PHONE);
        var idNumber = personalData.seal(command.idNumber(), PersonalData.Mask.ID_NUMBER);
        var row = new StaffMemberRow(
                UUID.randomUUID(),
                command.projectId(),
                command.name(),
                command.gender(),
                phone.cipher(),
                phone.masked(),
                idNumber.cipher(),
                idNumber.lookupHash(),
                idNumber.masked(),
                command.degree(),
                command.major(),
                command.majorRelevant(),
                command.qualificationLevel(),
                command.certificateNumber(),
                command.certificateDate(),
                command.experienceYears(),
                command.employmentType(),
                command.hiredOn());
        Constraints.guard(() -> staff.save(row), Constraints.unique("该项目已登记此身份证号码的人员"));
        var changes = new HashMap<String, Object>();
        changes.put("projectId", command.projectId().toString());
        changes.put("name", command.name());
        changes.put("employmentType", command.employmentType().name());
        changes.put("hiredOn", command.hiredOn().toString());
        audit.record(new AuditEntry("STAFF_HIRED", null, "StaffMember", row.id().toString(), changes));
        return identities.view(staff.staff(row.id()).orElseThrow());
    }

    @Transactional
    Assignment assign(StaffingCommands.Assign command) {
        var person = staff.staff(command.staffId()).orElseThrow(() -> DomainException.notFound("人员不存在"));
        managers.require(person.projectId());
        if (command.stationId() != null) {
            var station =
                    organisation.station(command.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
            if (!station.projectId().equals(person.projectId())) {
                throw DomainException.invalid("stationId", "站点不属于该人员受聘的项目");
            }
        }
        if (command.startsOn().isBefore(person.hiredOn())) {
            throw DomainException.invalid("startsOn", "岗位不能早于受聘日期 " + person.hiredOn());
        }
        if (person.leftOn() != null && command.startsOn().isAfter(person.leftOn())) {
            throw DomainException.invalid("startsOn", "该人员已于 " + person.leftOn() + " 离职");
        }
        var assignment = new Assignment(
                UUID.randomUUID(),
                person.projectId(),
                command.stationId(),
                person.id(),
                command.role(),
                person.employmentType() == EmploymentType.FULL_TIME,
                command.startsOn(),
                command.endsOn());
        var row = new AssignmentRow(
                assignment.id(),
                assignment.projectId(),
                assignment.stationId(),
                assignment.staffId(),
                person.idNumberHash(),
                assignment.role(),
                assignment.fullTime(),
                assignment.startsOn(),
                assignment.endsOn());
        Constraints.guard(() -> assignments.save(row), Constraints.overlap("该人员在此期间已有全职站点岗位，一人同一时间只能在一个站点全职"));
        record(assignment, "STAFF_ASSIGNED", changes(assignment));
        return assignment;
    }

    @Transactional
    Assignment endAssignment(StaffingCommands.EndAssignment command) {
        var posting =
                assignments.assignment(command.assignmentId()).orElseThrow(() -> DomainException.notFound("岗位记录不存在"));
        managers.require(posting.projectId());
        if (command.endsOn().isBefore(posting.startsOn())) {
            throw DomainException.invalid("endsOn", "endsOn 不能早于岗位开始日期 " + posting.startsOn());
        }
        // history is kept: an end, once recorded, is not moved
        if (posting.endsOn() != null) {
            throw DomainException.conflict("该岗位已设定结束日期 " + posting.endsOn());
        }
        assignments.end(posting.id(), command.endsOn());
        if (command.leaves()) {
            staff.markLeft(posting.staffId(), command.endsOn());
        }
        var ended = new Assignment(
                posting.id(),
                posting.projectId(),
                posting.stationId(),
                posting.staffId(),
                posting.role(),
                posting.fullTime(),
                posting.startsOn(),
                command.endsOn());
        var changes = changes(ended);
        changes.put("leaves", command.leaves());
        record(ended, "STAFF_ASSIGNMENT_ENDED", changes);
        return ended;
    }

    @Transactional
    StaffMember linkAccount(UUID staffId, UUID userId) {
        Tenancy.requireAdmin();
        staff.staff(staffId).orElseThrow(() -> DomainException.notFound("人员不存在"));
        Constraints.guard(
                () -> staff.linkAccount(staffId, userId),
                Constraints.unique("该账号已关联本项目的另一名人员"),
                Constraints.reference("用户不存在"));
        audit.record(new AuditEntry(
                "STAFF_ACCOUNT_LINKED", null, "StaffMember", staffId.toString(), Map.of("userId", userId.toString())));
        return identities.view(staff.staff(staffId).orElseThrow());
    }

    private void record(Assignment assignment, String action, Map<String, Object> changes) {
        audit.record(new AuditEntry(
                action,
                assignment.stationId(),
                "StaffAssignment",
                assignment.id().toString(),
                changes));
    }

    private static HashMap<String, Object> changes(Assignment assignment) {
        var changes = new HashMap<String, Object>();
        changes.put("staffId", assignment.staffId().toString());
        changes.put("role", assignment.role().name());
        changes.put("stationId", text(assignment.stationId()));
        changes.put("startsOn", assignment.startsOn().toString());
        changes.put("endsOn", text(assignment.endsOn()));
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
