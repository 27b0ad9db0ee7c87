package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Organisation;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The checks every staffing change makes first: the caller manages the project, the people are its staff. */
@Singleton
class ProjectManagers {
    private final Organisation organisation;
    private final StaffRepository staff;

    ProjectManagers(Organisation organisation, StaffRepository staff) {
        this.organisation = organisation;
        this.staff = staff;
    }

    /** The project exists for the caller (NOT_FOUND) and the caller leads or supervises it (FORBIDDEN). */
    void require(UUID projectId) {
        var scope = Tenancy.require();
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        if (!scope.isAdmin() && !scope.managedProjects().contains(projectId)) {
            throw DomainException.forbidden("仅项目负责人、督导可以管理人员配备");
        }
    }

    /** Every id is a staff member of the project (NOT_FOUND otherwise). */
    void requireStaffOf(UUID projectId, List<UUID> staffIds) {
        var found = staffIds.isEmpty() ? List.<StaffRow>of() : staff.staff(staffIds);
        if (found.size() != Set.copyOf(staffIds).size()
                || found.stream().anyMatch(row -> !row.projectId().equals(projectId))) {
            throw DomainException.notFound("有参加人员不存在或不属于该项目");
        }
    }
}
