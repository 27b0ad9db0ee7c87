package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.AssessmentCommands.SetTargets;
import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.Target;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The catalogue and the projects' targets, set by the project lead or the bureau. */
@Singleton
class TargetService {
    private final CatalogueRepository catalogue;
    private final AssessmentRepository assessments;
    private final Organisation organisation;
    private final AuditLog audit;
    private volatile List<Indicator> indicators;

    TargetService(
            CatalogueRepository catalogue,
            AssessmentRepository assessments,
            Organisation organisation,
            AuditLog audit) {
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** The catalogue: the same for everyone, read once (it changes only with a migration). */
    List<Indicator> catalogue() {
        var known = indicators;
        if (known == null) {
            known = List.copyOf(catalogue.catalogue());
            indicators = known;
        }
        return known;
    }

    List<Target> targets(UUID projectId, Quarter quarter) {
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        return catalogue.targets(projectId, quarter.toString());
    }

    @Transactional
    List<Target> setTargets(SetTargets command) {
        if (organisation.projectsByIds(List.of(command.projectId())).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        var scope = Tenancy.require();
        if (!scope.isAdmin()
                && !scope.holds(Role.PROJECT_LEAD, command.projectId())
                && !scope.holds(Role.BUREAU_VIEWER, command.projectId())) {
            throw DomainException.forbidden("只有项目负责人或民政局可以设定指标目标");
        }
        var codes = catalogue().stream().map(Indicator::code).collect(Collectors.toSet());
        var stations = organisation.stationsOf(command.projectId()).stream()
                .map(StationView::id)
                .collect(Collectors.toSet());
        var approved = Set.copyOf(
                assessments.approved(command.projectId(), command.quarter().toString()));
        var json = new StringBuilder("[");
        for (int i = 0; i < command.targets().size(); i++) {
            var entry = command.targets().get(i);
            if (!codes.contains(entry.indicatorCode())) {
                throw DomainException.invalid(
                        "targets[" + i + "].indicatorCode", "targets[" + i + "].indicatorCode 不是指标目录中的指标");
            }
            if (entry.stationId() != null && !stations.contains(entry.stationId())) {
                throw DomainException.invalid("targets[" + i + "].stationId", "targets[" + i + "].stationId 不是该项目的站点");
            }
            if (entry.stationId() == null ? !approved.isEmpty() : approved.contains(entry.stationId())) {
                throw DomainException.conflict(command.quarter() + " 已有站点的考核审批锁定，其目标不能再改；如需调整，请民政局先解锁");
            }
            json.append(i == 0 ? "" : ",")
                    .append("{\"indicatorCode\":\"")
                    .append(entry.indicatorCode())
                    .append("\",\"stationId\":")
                    .append(entry.stationId() == null ? "null" : "\"" + entry.stationId() + "\"")
                    .append(",\"target\":")
                    .append(entry.target().toPlainString())
                    .append('}');
        }
        catalogue.setTargets(
                command.projectId(),
                command.quarter().toString(),
                json.append(']').toString(),
                scope.userId());
        audit.record(new AuditEntry(
                "TARGETS_SET",
                null,
                "Project",
                command.projectId().toString(),
                Map.of(
                        "quarter",
                        command.quarter().toString(),
                        "targets",
                        command.targets().size())));
        return targets(command.projectId(), command.quarter());
    }
}
