package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.ServiceEnums.ActivityKind;
import cn.sgz.indicators.api.ServiceEnums.CaseKind;
import cn.sgz.indicators.api.ServiceEnums.ReferralOutcome;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.internal.QuarterFacts.ActivityFact;
import cn.sgz.indicators.internal.QuarterFacts.CaseFact;
import cn.sgz.indicators.internal.QuarterFacts.GroupFact;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The quarter's facts of many stations: up to a hundred thousand rows per project-wide request. A
 * group's sessions come summed on its row (kept by a trigger on {@code group_session}). Each read
 * runs in the caller's transaction, or in a read-only one of its own (so that the driver can fetch
 * its rows a batch at a time), which lets the three run side by side on connections of their own.
 * Plain JDBC because the repository mapper costs more than the query here (JFR: it works out the
 * column names again for every row), and the stations bind as one array, not a thousand
 * parameters.
 */
@Singleton
class FactQueries {
    private static final String CASES = """
            SELECT id, station_id, client_ref, domain, kind, sessions,
                   opened_on BETWEEN ? AND ? AS opened_in_quarter, filed_on IS NOT NULL AS filed,
                   coalesce(closed_on BETWEEN ? AND ? AND closing_summary IS NOT NULL, false) AS reported_in_quarter,
                   referral_outcome
            FROM service_case
            WHERE station_id = ANY (?) AND (opened_on BETWEEN ? AND ? OR closed_on BETWEEN ? AND ?)""";
    private static final String GROUPS = """
            SELECT id, station_id, title, domain, members, sessions_held, attendance_total, minutes_total, featured
            FROM service_group WHERE station_id = ANY (?) AND started_on BETWEEN ? AND ?""";
    private static final String ACTIVITIES = """
            SELECT id, station_id, title, domain, kind, participants, minutes, featured
            FROM community_activity WHERE station_id = ANY (?) AND held_on BETWEEN ? AND ?""";

    /**
     * Rows the driver holds at a time (inside the read-only transaction the assessments run in; in
     * autocommit it reads everything at once). Without it, the driver keeps the raw columns of all
     * 60,000 cases alive until the last arrives, and they outlive young collections.
     */
    private static final int FETCH_ROWS = 4096;

    private final JdbcOperations jdbc;

    FactQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<CaseFact> cases(Collection<UUID> stationIds, LocalDate from, LocalDate to) {
        var station = canonical(stationIds);
        return jdbc.prepareStatement(CASES, statement -> {
            var first = Date.valueOf(from);
            var last = Date.valueOf(to);
            for (int i : new int[] {1, 3, 6, 8}) {
                statement.setDate(i, first);
                statement.setDate(i + 1, last);
            }
            statement.setArray(5, stations(statement, stationIds));
            return read(
                    statement,
                    row -> new CaseFact(
                            row.getObject(1, UUID.class),
                            station.apply(row.getObject(2, UUID.class)),
                            row.getString(3),
                            ServiceDomain.valueOf(row.getString(4)),
                            CaseKind.valueOf(row.getString(5)),
                            row.getInt(6),
                            row.getBoolean(7),
                            row.getBoolean(8),
                            row.getBoolean(9),
                            row.getString(10) == null ? null : ReferralOutcome.valueOf(row.getString(10))));
        });
    }

    @Transactional(readOnly = true)
    List<GroupFact> groups(Collection<UUID> stationIds, LocalDate from, LocalDate to) {
        var station = canonical(stationIds);
        return jdbc.prepareStatement(GROUPS, statement -> {
            bindPeriod(statement, stationIds, from, to);
            return read(
                    statement,
                    row -> new GroupFact(
                            row.getObject(1, UUID.class),
                            station.apply(row.getObject(2, UUID.class)),
                            row.getString(3),
                            ServiceDomain.valueOf(row.getString(4)),
                            row.getInt(5),
                            row.getInt(6),
                            row.getInt(7),
                            row.getInt(8),
                            row.getBoolean(9)));
        });
    }

    @Transactional(readOnly = true)
    List<ActivityFact> activities(Collection<UUID> stationIds, LocalDate from, LocalDate to) {
        var station = canonical(stationIds);
        return jdbc.prepareStatement(ACTIVITIES, statement -> {
            bindPeriod(statement, stationIds, from, to);
            return read(
                    statement,
                    row -> new ActivityFact(
                            row.getObject(1, UUID.class),
                            station.apply(row.getObject(2, UUID.class)),
                            row.getString(3),
                            ServiceDomain.valueOf(row.getString(4)),
                            ActivityKind.valueOf(row.getString(5)),
                            row.getInt(6),
                            row.getInt(7),
                            row.getBoolean(8)));
        });
    }

    /**
     * The caller's instance of each station id, for every row of that station: the facts of a
     * project live through the computation, and a hundred thousand copies of a thousand ids would
     * outlast young collections with them.
     */
    private static UnaryOperator<UUID> canonical(Collection<UUID> stationIds) {
        var canonical = HashMap.<UUID, UUID>newHashMap(stationIds.size());
        stationIds.forEach(id -> canonical.put(id, id));
        return id -> canonical.getOrDefault(id, id);
    }

    private static void bindPeriod(
            PreparedStatement statement, Collection<UUID> stationIds, LocalDate from, LocalDate to)
            throws SQLException {
        statement.setArray(1, stations(statement, stationIds));
        statement.setDate(2, Date.valueOf(from));
        statement.setDate(3, Date.valueOf(to));
    }

    private static java.sql.Array stations(PreparedStatement statement, Collection<UUID> stationIds)
            throws SQLException {
        return statement.getConnection().createArrayOf("uuid", stationIds.toArray());
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> read(PreparedStatement statement, Row<T> mapper) throws SQLException {
        var rows = new ArrayList<T>();
        statement.setFetchSize(FETCH_ROWS);
        try (var result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(mapper.read(result));
            }
        }
        return rows;
    }
}
