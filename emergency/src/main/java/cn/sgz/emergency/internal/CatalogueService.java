package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyCommands.DefineResourceType;
import cn.sgz.emergency.api.EmergencyEnums.ResourceCategory;
import cn.sgz.emergency.api.EmergencyViews.ResourceTypeView;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.tenant.api.Organisation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The project's catalogue, kept by its lead and supervisors; whether a type expires is fixed once defined. */
@Singleton
class CatalogueService {
    private static final String NAME_TAKEN = "本项目已有同名的物资类型";

    private final ResourceTypeRepository types;
    private final Organisation organisation;
    private final StationGuard guard;
    private final AuditLog audit;

    CatalogueService(ResourceTypeRepository types, Organisation organisation, StationGuard guard, AuditLog audit) {
        this.types = types;
        this.organisation = organisation;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    ResourceTypeView define(DefineResourceType command) {
        if (organisation.projectsByIds(List.of(command.projectId())).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        guard.requireManager(command.projectId());
        var existing = types.find(command.id());
        if (existing.isPresent() && !existing.get().projectId().equals(command.projectId())) {
            throw DomainException.conflict("该编号已被另一条记录使用，请换一个新的编号");
        }
        if (existing.isEmpty()) {
            if (command.version() != null) {
                throw DomainException.notFound("物资类型不存在");
            }
            var row = new ResourceTypeRow(
                    command.id(),
                    command.projectId(),
                    command.name(),
                    command.category().name(),
                    command.unit(),
                    command.minimumPerStation(),
                    command.expires(),
                    1);
            Constraints.guard(() -> types.save(row), Constraints.unique(NAME_TAKEN));
            audited("RESOURCE_TYPE_DEFINED", command);
            return view(row);
        }
        var current = existing.get();
        if (command.version() == null) {
            return view(current); // a retry of the first definition
        }
        if (current.expires() != command.expires()) {
            throw DomainException.invalid("expires", "物资类型是否有有效期定义后不能更改");
        }
        var changed = Constraints.guard(
                () -> types.change(
                        current.id(),
                        command.version(),
                        command.name(),
                        command.category().name(),
                        command.unit(),
                        command.minimumPerStation()),
                Constraints.unique(NAME_TAKEN));
        if (changed == 0) {
            throw DomainException.stale("物资类型", current.version());
        }
        audited("RESOURCE_TYPE_CHANGED", command);
        return view(types.find(current.id()).orElseThrow());
    }

    @Transactional(readOnly = true)
    List<ResourceTypeView> ofProject(UUID projectId) {
        return types.ofProject(projectId).stream().map(CatalogueService::view).toList();
    }

    @Transactional(readOnly = true)
    Map<UUID, ResourceTypeView> byIds(Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : types.findAll(ids).stream()
                        .map(CatalogueService::view)
                        .collect(Collectors.toMap(ResourceTypeView::id, Function.identity()));
    }

    static ResourceTypeView view(ResourceTypeRow row) {
        return new ResourceTypeView(
                row.id(),
                row.projectId(),
                row.name(),
                ResourceCategory.valueOf(row.category()),
                row.unit(),
                row.minimumPerStation(),
                row.expires(),
                row.version());
    }

    private void audited(String action, DefineResourceType command) {
        audit.record(new AuditEntry(
                action,
                null,
                "ResourceType",
                command.id().toString(),
                Map.of(
                        "name", command.name(),
                        "category", command.category().name(),
                        "minimumPerStation", command.minimumPerStation())));
    }
}
