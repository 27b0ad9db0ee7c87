package cn.sgz.tenant.internal.organisation;

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
 * transaction anyway. The changes, each one transaction, are {@link OrganisationChanges}.
 */
@Singleton
class OrganisationService implements Organisation {
    private final OrganisationRepository repository;
    private final StationReads reads;
    private final OrganisationChanges changes;

    OrganisationService(OrganisationRepository repository, StationReads reads, OrganisationChanges changes) {
        this.repository = repository;
        this.reads = reads;
        this.changes = changes;
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
    public BureauView createBureau(Commands.NewBureau command) {
        return changes.createBureau(command);
    }

    @Override
    public ProjectView createProject(Commands.NewProject command) {
        return changes.createProject(command);
    }

    @Override
    public StationView createStation(Commands.NewStation command) {
        return changes.createStation(command);
    }

    @Override
    public StationView updateStationContact(Commands.StationContact command) {
        return changes.updateStationContact(command);
    }
}
