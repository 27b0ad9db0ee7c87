package cn.sgz.tenant.api;

import cn.sgz.infra.graphql.Connection;
import java.util.Map;
import java.util.UUID;

/**
 * A page of stations with their projects, read in one statement: the projects the caller may read,
 * by id (a station whose project is out of reach has none here).
 */
public record StationPage(Connection<StationView> stations, Map<UUID, ProjectView> projects) {
    public StationPage {
        projects = Map.copyOf(projects);
    }
}
