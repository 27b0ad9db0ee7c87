package cn.sgz.tenant.internal.organisation;

import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationKind;
import cn.sgz.tenant.api.StationView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation's hottest reads (a station, a page of stations, a project's stations, and
 * stations and projects by id for the DataLoaders) in plain JDBC, on the connection the caller's
 * {@code @Connectable} or transaction holds. JFR on the 16-station list put a fifth of all its CPU
 * samples in the repository's mapping of these rows: it works out each column's name from the
 * property again for every row and converts the kind through the conversion service. Here a row is
 * read by position. Row-level security decides what the caller sees, as everywhere.
 */
@Singleton
class StationReads {
    static final String COLUMNS = "s.id, s.project_id, s.name, s.kind, s.region_code, s.address, s.contact_phone";
    private static final String STATION = "SELECT " + COLUMNS + " FROM station s ";
    /** A station of a page, with its project if the caller may read that. */
    record Paged(StationView station, @Nullable ProjectView project) {}

    private final JdbcOperations jdbc;

    StationReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StationView> station(UUID id) {
        return list(STATION + "WHERE id = ?", statement -> statement.setObject(1, id), StationReads::station).stream()
                .findFirst();
    }

    List<StationView> stations(Collection<UUID> ids) {
        return list(STATION + "WHERE id = ANY (?)", statement -> bindIds(statement, ids), StationReads::station);
    }

    /** Keyset page ordered by name then id; the cursor is the last station's id. */
    List<StationView> page(@Nullable UUID projectId, @Nullable UUID afterId, int limit) {
        return list(
                StationPages.statement(false, projectId, afterId),
                statement -> StationPages.bind(statement, projectId, afterId, limit),
                StationReads::station);
    }

    /** {@link #page}, each station read with its project in the same statement. */
    List<Paged> pageWithProjects(@Nullable UUID projectId, @Nullable UUID afterId, int limit) {
        return list(
                StationPages.statement(true, projectId, afterId),
                statement -> StationPages.bind(statement, projectId, afterId, limit),
                row -> {
                    var station = station(row);
                    var bureauId = row.getObject(8, UUID.class);
                    var project = bureauId == null
                            ? null
                            : new ProjectView(
                                    station.projectId(), bureauId, row.getString(9), row.getString(10), row.getInt(11));
                    return new Paged(station, project);
                });
    }

    List<StationView> of(UUID projectId) {
        return list(
                STATION + "WHERE project_id = ? ORDER BY name, id",
                statement -> statement.setObject(1, projectId),
                StationReads::station);
    }

    List<ProjectView> projects(Collection<UUID> ids) {
        return list(
                OrganisationRepository.PROJECT + " WHERE p.id = ANY (?)",
                statement -> bindIds(statement, ids),
                row -> new ProjectView(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getString(3),
                        row.getString(4),
                        row.getInt(5)));
    }

    /** A row of {@link #COLUMNS}, by position. */
    static StationView station(ResultSet row) throws SQLException {
        return new StationView(
                row.getObject(1, UUID.class),
                row.getObject(2, UUID.class),
                row.getString(3),
                StationKind.valueOf(row.getString(4)),
                row.getString(5),
                row.getString(6),
                row.getString(7));
    }

    private static void bindIds(PreparedStatement statement, Collection<UUID> ids) throws SQLException {
        statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids.toArray()));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> list(String sql, Binder binder, Row<T> mapper) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            var rows = new ArrayList<T>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.read(result));
                }
            }
            return rows;
        });
    }
}
