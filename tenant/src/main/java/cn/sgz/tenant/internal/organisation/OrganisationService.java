package cn.sgz.tenant.internal.organisation;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.BureauView;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationPage;
import cn.sgz.tenant.api.StationView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads are one statement each and run on one connection in autocommit ({@code @Connectable}): no
 * BEGIN and COMMIT round trips, and READ COMMITTED would give each statement its own snapshot in a
 * transaction anyway. Each change is one transaction: it checks the caller, writes, then audits.
 */
@Singleton
class OrganisationService implements Organisation {
    private final OrganisationRepository repository;
    private final StationReads reads;
    private final StationContactChange contactChange;
    private final AuditLog audit;

    OrganisationService(
            OrganisationRepository repository, StationReads reads, StationContactChange contactChange, AuditLog audit) {
        this.repository = repository;
        this.reads = reads;
        this.contactChange = contactChange;
        this.audit = audit;
    }

    @Override
    @Connectable
    public List<BureauView> bureaus() {
        Tenancy.require();
        return repository.bureaus();
    }

    @Override
    @Connectable
    public List<ProjectView> projects(@Nullable UUID bureauId) {
        Tenancy.require();
        return repository.projects(bureauId);
    }

    @Override
    @Connectable
    public Optional<StationView> station(UUID id) {
        Tenancy.require();
        return reads.station(id);
    }

    @Override
    @Connectable
    public Connection<StationView> stations(@Nullable UUID projectId, PageRequest page) {
        Tenancy.require();
        var rows = reads.page(projectId, after(page), page.first() + 1);
        return Connection.of(rows, page, station -> station.id().toString());
    }

    @Override
    @Connectable
    public StationPage stationsWithProjects(@Nullable UUID projectId, PageRequest page) {
        Tenancy.require();
        var rows = reads.pageWithProjects(projectId, after(page), page.first() + 1);
        var projects = new HashMap<UUID, ProjectView>();
        rows.stream()
                .map(StationReads.Paged::project)
                .filter(Objects::nonNull)
                .forEach(project -> projects.put(project.id(), project));
        var stations = rows.stream().map(StationReads.Paged::station).toList();
        return new StationPage(
                Connection.of(stations, page, station -> station.id().toString()), projects);
    }

    private static @Nullable UUID after(PageRequest page) {
        return page.afterPosition() == null ? null : parseCursor(page.afterPosition());
    }

    private static UUID parseCursor(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("after", "after 不是有效的分页游标");
        }
    }

    @Override
    @Connectable
    public List<StationView> stationsOf(UUID projectId) {
        Tenancy.require();
        return reads.of(projectId);
    }

    @Override
    @Connectable
    public Map<UUID, BureauView> bureausByIds(Collection<UUID> ids) {
        return byId(ids, repository::bureaus, BureauView::id);
    }

    @Override
    @Connectable
    public Map<UUID, ProjectView> projectsByIds(Collection<UUID> ids) {
        return byId(ids, reads::projects, ProjectView::id);
    }

    @Override
    @Connectable
    public Map<UUID, StationView> stationsByIds(Collection<UUID> ids) {
        return byId(ids, reads::stations, StationView::id);
    }

    @Override
    @Connectable
    public Map<UUID, String> stationNames(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty() && Tenancy.current().isPresent()) {
            repository.stationNames(ids).forEach(entry -> names.put(entry.stationId(), entry.name()));
        }
        return names;
    }

    @Override
    @Connectable
    public Map<UUID, String> directory(UUID projectId) {
        var names = new java.util.LinkedHashMap<UUID, String>();
        if (Tenancy.current().isPresent()) {
            repository.directory(projectId).forEach(entry -> names.put(entry.stationId(), entry.name()));
        }
        return names;
    }

    private static <T> Map<UUID, T> byId(
            Collection<UUID> ids, Function<Collection<UUID>, List<T>> load, Function<T, UUID> id) {
        if (ids.isEmpty() || Tenancy.current().isEmpty()) {
            return new HashMap<>();
        }
        return load.apply(ids).stream().collect(Collectors.toMap(id, Function.identity()));
    }

    @Override
    @Transactional
    public BureauView createBureau(Commands.NewBureau command) {
        Tenancy.requireAdmin();
        var bureau = new BureauView(UUID.randomUUID(), command.name(), command.regionCode());
        Constraints.guard(
                () -> repository.insertBureau(bureau.id(), bureau.name(), bureau.regionCode()),
                Constraints.unique("已存在同名的民政局"));
        audit.record(new AuditEntry(
                "BUREAU_CREATED",
                null,
                "Bureau",
                bureau.id().toString(),
                Map.of("name", bureau.name(), "regionCode", bureau.regionCode())));
        return bureau;
    }

    @Override
    @Transactional
    public ProjectView createProject(Commands.NewProject command) {
        Tenancy.requireAdmin();
        if (repository.bureaus(List.of(command.bureauId())).isEmpty()) {
            throw DomainException.notFound("民政局不存在");
        }
        repository.insertAgencyIfAbsent(command.agencyName());
        var agencyId = repository.agencyId(command.agencyName()).orElseThrow();
        var project = new ProjectView(
                UUID.randomUUID(), command.bureauId(), command.name(), command.agencyName(), command.year());
        Constraints.guard(
                () -> repository.insertProject(
                        project.id(), project.bureauId(), agencyId, project.name(), project.year()),
                Constraints.unique("该民政局下已有同名项目"));
        audit.record(new AuditEntry(
                "PROJECT_CREATED",
                null,
                "Project",
                project.id().toString(),
                Map.of(
                        "bureauId", project.bureauId().toString(),
                        "name", project.name(),
                        "agencyName", project.agencyName(),
                        "year", project.year())));
        return project;
    }

    @Override
    @Transactional
    public StationView createStation(Commands.NewStation command) {
        Tenancy.requireAdmin();
        if (reads.projects(List.of(command.projectId())).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        var station = new StationView(
                UUID.randomUUID(),
                command.projectId(),
                command.name(),
                command.kind(),
                command.regionCode(),
                null,
                null);
        Constraints.guard(
                () -> repository.insertStation(
                        station.id(),
                        station.projectId(),
                        station.name(),
                        station.kind().name(),
                        station.regionCode()),
                Constraints.unique("该项目下已有同名站点"));
        audit.record(new AuditEntry(
                "STATION_CREATED",
                station.id(),
                "Station",
                station.id().toString(),
                Map.of(
                        "projectId", station.projectId().toString(),
                        "name", station.name(),
                        "kind", station.kind().name(),
                        "regionCode", station.regionCode())));
        return station;
    }

    @Override
    @Transactional
    public StationView updateStationContact(Commands.StationContact command) {
        Tenancy.require();
        // row-level security lets the change touch the row only if the caller may write the station
        var before = contactChange
                .change(command.stationId(), command.address(), command.contactPhone())
                .orElseThrow(() -> reads.station(command.stationId()).isPresent()
                        ? DomainException.forbidden("无权修改该站点的信息")
                        : DomainException.notFound("站点不存在"));
        var changes = new HashMap<String, Object>();
        changes.put("address", command.address());
        changes.put("contactPhone", command.contactPhone());
        changes.put("previousAddress", before.address());
        changes.put("previousContactPhone", before.contactPhone());
        audit.record(new AuditEntry(
                "STATION_CONTACT_UPDATED", before.id(), "Station", before.id().toString(), changes));
        return new StationView(
                before.id(),
                before.projectId(),
                before.name(),
                before.kind(),
                before.regionCode(),
                command.address(),
                command.contactPhone());
    }
}
