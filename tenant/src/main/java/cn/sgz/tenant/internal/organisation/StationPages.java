package cn.sgz.tenant.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The statements of a keyset page of stations for {@link StationReads}, and how they are bound. A
 * page is read project by project, from the projects the caller may read stations of
 * ({@code app_station_projects()}, a superset of what the policies let through) or from the one
 * project asked for, each through {@code station_project} in page order, then merged: the policies
 * alone would make PostgreSQL read every station of every bureau (they use no index). Row-level
 * security still decides every row.
 *
 * <p>Each shape (with or without each station's project, one project or all, after a cursor or from
 * the start) has its own text. One text with parameters that may be null and switch a condition
 * off ({@code CAST(? AS uuid) IS NULL OR …}) kept PostgreSQL from ever using its generic plan: it
 * planned the statement again at every execution, and that was most of its work for a page
 * (measured by hand, with plan_cache_mode forced to generic: 980–1,080 µs of PostgreSQL's CPU per
 * 16-station list fell to 368 µs). {@code StationPagesTest} keeps such conditions out.
 */
final class StationPages {
    private StationPages() {}

    private static final String EVERY_PROJECT = "unnest((SELECT app_station_projects())::uuid[]) AS reach(project_id)";

    private static final String ONE_PROJECT = "(SELECT CAST(? AS uuid) AS project_id) AS reach";
    private static final String AFTER = "AND (s.name, s.id) > (SELECT c.name, c.id FROM station c WHERE c.id = ?)";
    private static final String PAGE_OF = """
            FROM %s
            CROSS JOIN LATERAL (
                SELECT %s FROM station s
                WHERE s.project_id = reach.project_id %s
                ORDER BY s.name, s.id
                LIMIT ?) s
            """;
    private static final String PAGE_ORDER = " ORDER BY s.name, s.id LIMIT ?";
    /** The project as {@link OrganisationRepository#PROJECT} reads it; null where the caller may not read it. */
    private static final String WITH_PROJECTS = ", p.bureau_id, p.name, a.name, p.year ";

    private static final String PROJECTS_JOIN =
            "LEFT JOIN (project p JOIN agency a ON a.id = p.agency_id) ON p.id = s.project_id";

    private static final int WITH_PROJECT_ROWS = 4;
    private static final int IN_ONE_PROJECT = 2;
    private static final int AFTER_A_CURSOR = 1;
    /** Every page's statement, by its shape: the three bits above. */
    private static final String[] PAGES =
            IntStream.range(0, 8).mapToObj(StationPages::statement).toArray(String[]::new);

    private static String statement(int shape) {
        var withProjects = (shape & WITH_PROJECT_ROWS) != 0;
        return "SELECT " + StationReads.COLUMNS + (withProjects ? WITH_PROJECTS : " ")
                + PAGE_OF.formatted(
                        (shape & IN_ONE_PROJECT) != 0 ? ONE_PROJECT : EVERY_PROJECT,
                        StationReads.COLUMNS,
                        (shape & AFTER_A_CURSOR) != 0 ? AFTER : "")
                + (withProjects ? PROJECTS_JOIN : "") + PAGE_ORDER;
    }

    static String statement(boolean withProjects, @Nullable UUID projectId, @Nullable UUID afterId) {
        return PAGES[
                (withProjects ? WITH_PROJECT_ROWS : 0)
                        | (projectId != null ? IN_ONE_PROJECT : 0)
                        | (afterId != null ? AFTER_A_CURSOR : 0)];
    }

    /** Binds what {@link #statement} of the same project and cursor asks for, in its order. */
    static void bind(PreparedStatement statement, @Nullable UUID projectId, @Nullable UUID afterId, int limit)
            throws SQLException {
        var index = 1;
        if (projectId != null) {
            statement.setObject(index++, projectId);
        }
        if (afterId != null) {
            statement.setObject(index++, afterId);
        }
        statement.setInt(index++, limit);
        statement.setInt(index, limit);
    }
}
