package cn.sgz.infra.tenancy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller may reach: its roles, the bureaus and projects it sees, the stations it may read and
 * those it may write, the projects it oversees whole (bureau viewers, leads, supervisors: every
 * station and the project's own records) and those it manages (leads, supervisors). The database
 * enforces it; Java only carries it to every connection.
 */
public record Scope(
        UUID userId,
        String username,
        Set<Role> roles,
        Set<UUID> bureaus,
        Set<UUID> projects,
        Set<UUID> readStations,
        Set<UUID> writeStations,
        Set<UUID> overseenProjects,
        Set<UUID> managedProjects,
        Map<Role, Set<UUID>> projectsByRole) {

    /** The identity background work runs as (demo loading, sweepers): the platform admin's reach. */
    public static final UUID SYSTEM_USER = new UUID(0, 0);

    public Scope {
        roles = Set.copyOf(roles);
        bureaus = Set.copyOf(bureaus);
        projects = Set.copyOf(projects);
        readStations = Set.copyOf(readStations);
        writeStations = Set.copyOf(writeStations);
        overseenProjects = Set.copyOf(overseenProjects);
        managedProjects = Set.copyOf(managedProjects);
        var byRole = new EnumMap<Role, Set<UUID>>(Role.class);
        projectsByRole.forEach((role, ids) -> byRole.put(role, Set.copyOf(ids)));
        projectsByRole = java.util.Collections.unmodifiableMap(byRole);
        if (!readStations.containsAll(writeStations)) {
            throw new IllegalArgumentException("writable stations must be readable");
        }
        if (!projects.containsAll(overseenProjects) || !overseenProjects.containsAll(managedProjects)) {
            throw new IllegalArgumentException("managed projects must be overseen, overseen ones visible");
        }
    }

    /** A scope without per-role project reach (tests, the system actor). */
    public Scope(
            UUID userId,
            String username,
            Set<Role> roles,
            Set<UUID> bureaus,
            Set<UUID> projects,
            Set<UUID> readStations,
            Set<UUID> writeStations,
            Set<UUID> overseenProjects,
            Set<UUID> managedProjects) {
        this(
                userId,
                username,
                roles,
                bureaus,
                projects,
                readStations,
                writeStations,
                overseenProjects,
                managedProjects,
                Map.of());
    }

    public static Scope system() {
        return new Scope(
                SYSTEM_USER,
                "system",
                Set.of(Role.PLATFORM_ADMIN),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
    }

    public boolean isAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    /**
     * Whether a grant of this role reaches the project: a bureau viewer's bureau holds it, the
     * caller leads or supervises it, or works at one of its stations. Checks of who may take a
     * step use it, so a supervisor of one project who leads another is no supervisor there.
     */
    public boolean holds(Role role, UUID projectId) {
        return projectsByRole.getOrDefault(role, Set.of()).contains(projectId);
    }
}
