package cn.sgz.emergency.internal;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Who may change what, checked before a write for a clear error (row-level security refuses the
 * write anyway): the holding station's workers or the project's lead and supervisors write a
 * station's stock; only the project's lead decides dispatches.
 */
@Singleton
class StationGuard {
    private final Organisation organisation;
    private final ResourceTypeRepository types;

    StationGuard(Organisation organisation, ResourceTypeRepository types) {
        this.organisation = organisation;
        this.types = types;
    }

    /** The station (NOT_FOUND when out of reach), if the caller may write it (FORBIDDEN). */
    StationView writable(UUID stationId, String what) {
        var found = organisation.station(stationId);
        if (found.isEmpty()
                && !organisation.stationNames(java.util.List.of(stationId)).isEmpty()) {
            // a sibling station of the caller's project: its stock is readable, not writable
            throw DomainException.forbidden("只有本站点社工或项目负责人、督导可以" + what);
        }
        var station = found.orElseThrow(() -> DomainException.notFound("站点不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin()
                && !scope.writeStations().contains(stationId)
                && !scope.managedProjects().contains(station.projectId())) {
            throw DomainException.forbidden("只有本站点社工或项目负责人、督导可以" + what);
        }
        return station;
    }

    StationView visible(UUID stationId) {
        return organisation.station(stationId).orElseThrow(() -> DomainException.notFound("站点不存在"));
    }

    /** The type, of the station's project (NOT_FOUND otherwise). */
    ResourceTypeRow typeOf(StationView station, UUID typeId, String field) {
        return types.find(typeId)
                .filter(type -> type.projectId().equals(station.projectId()))
                .orElseThrow(
                        () -> new DomainException(cn.sgz.infra.error.ErrorCode.NOT_FOUND, "物资类型不存在或不属于该站点的项目", field));
    }

    /** FORBIDDEN unless the caller leads the project. */
    void requireLead(UUID projectId) {
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.holds(Role.PROJECT_LEAD, projectId)) {
            throw DomainException.forbidden("只有项目负责人可以审批和调度物资");
        }
    }

    /** FORBIDDEN unless the caller leads or supervises the project. */
    void requireManager(UUID projectId) {
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.managedProjects().contains(projectId)) {
            throw DomainException.forbidden("只有项目负责人或督导可以执行此操作");
        }
    }
}
