package cn.sgz.tenant.api;

import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bureaus, projects and stations as the current caller may see them (row-level security decides;
 * what is out of scope is simply absent), and the admin's changes to them.
 */
public interface Organisation {

    List<BureauView> bureaus();

    List<ProjectView> projects(@Nullable UUID bureauId);

    Optional<StationView> station(UUID id);

    Connection<StationView> stations(@Nullable UUID projectId, PageRequest page);

    /** The same page, with each station's project read in the same statement (for a page that shows them). */
    StationPage stationsWithProjects(@Nullable UUID projectId, PageRequest page);

    /** Every station of the project the caller may see, unpaged (for project-wide figures). */
    List<StationView> stationsOf(UUID projectId);

    Map<UUID, BureauView> bureausByIds(Collection<UUID> ids);

    Map<UUID, ProjectView> projectsByIds(Collection<UUID> ids);

    Map<UUID, StationView> stationsByIds(Collection<UUID> ids);

    /**
     * Station names from the project's directory, which every member of a project reads, its
     * stations' workers too: for the views stations share (emergency stock), where a sibling
     * station's own record stays out of reach.
     */
    Map<UUID, String> stationNames(Collection<UUID> ids);

    /** The project's directory, by name: empty when the caller is not a member of the project. */
    Map<UUID, String> directory(UUID projectId);

    BureauView createBureau(Commands.NewBureau command);

    ProjectView createProject(Commands.NewProject command);

    StationView createStation(Commands.NewStation command);

    /** Open to whoever may write the station: its workers, its project's lead and supervisors. */
    StationView updateStationContact(Commands.StationContact command);
}
