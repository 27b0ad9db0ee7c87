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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The quarter's facts of many stations: up to a hundred thousand rows per project-wide request. A
 * group's sessions come summed on its row (kept by a trigger on {@code group_session}). Each read
 * takes two kinds of station at once: those read whole (every row of the quarter) and those kept
 * from an earlier request, of which only the rows revised since come ({@code revised}, see
 * V202612021800__record_revision.sql), wherever they are dated now: a row that left the quarter
 * comes back as gone. Each read runs in the caller's transaction, or in a read-only one of its own
 * (so that the driver can fetch its rows a batch at a time), which lets the three run side by side
 * on connections of their own. Plain JDBC because the repository mapper costs more than the query
 * here (JFR: it works out the column names again for every row), and the stations bind as arrays,
 * not a thousand parameters.
 */
@Singleton
class FactQueries {
    private static final NamedSql CASES =
            read("""
            id, station_id, client_ref, domain, kind, sessions,
            opened_on BETWEEN :from AND :to, filed_on IS NOT NULL,
            coalesce(closed_on BETWEEN :from AND :to AND closing_summary IS NOT NULL, false), referral_outcome""", "service_case", "opened_on BETWEEN :from AND :to OR closed_on BETWEEN :from AND :to");
    private static final NamedSql GROUPS = read(
            "id, station_id, title, domain, members, sessions_held, attendance_total, minutes_total, featured",
            "service_group",
            "started_on BETWEEN :from AND :to");
    private static final NamedSql ACTIVITIES = read(
            "id, station_id, title, domain, kind, participants, minutes, featured",
            "community_activity",
            "held_on BETWEEN :from AND :to");

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

    /** The quarter's rows of the stations read whole, and the rows revised since of the others. */
    record Read<T>(List<T> facts, Set<UUID> gone) {}

    /** What a read asks for: the stations read whole, and the kept ones by the revision they are at. */
    record Wanted(Collection<UUID> whole, Map<UUID, Long> revisedSince, LocalDate from, LocalDate to) {}

    @Transactional(readOnly = true)
    Read<CaseFact> cases(Wanted wanted) {
        return read(
                CASES,
                wanted,
                (row, station) -> new CaseFact(
                        row.getObject(1, UUID.class),
                        station,
                        row.getString(3),
                        ServiceDomain.valueOf(row.getString(4)),
                        CaseKind.valueOf(row.getString(5)),
                        row.getInt(6),
                        row.getBoolean(7),
                        row.getBoolean(8),
                        row.getBoolean(9),
                        row.getString(10) == null ? null : ReferralOutcome.valueOf(row.getString(10))));
    }

    @Transactional(readOnly = true)
    Read<GroupFact> groups(Wanted wanted) {
        return read(
                GROUPS,
                wanted,
                (row, station) -> new GroupFact(
                        row.getObject(1, UUID.class),
                        station,
                        row.getString(3),
                        ServiceDomain.valueOf(row.getString(4)),
                        row.getInt(5),
                        row.getInt(6),
                        row.getInt(7),
                        row.getInt(8),
                        row.getBoolean(9)));
    }

    @Transactional(readOnly = true)
    Read<ActivityFact> activities(Wanted wanted) {
        return read(
                ACTIVITIES,
                wanted,
                (row, station) -> new ActivityFact(
                        row.getObject(1, UUID.class),
                        station,
                        row.getString(3),
                        ServiceDomain.valueOf(row.getString(4)),
                        ActivityKind.valueOf(row.getString(5)),
                        row.getInt(6),
                        row.getInt(7),
                        row.getBoolean(8)));
    }

    /**
     * The columns of a table's facts and whether each row is in the quarter (its last column): the
     * stations read whole by date, the kept ones by revision.
     */
    private static NamedSql read(String columns, String table, String inQuarter) {
        return NamedSql.of("SELECT " + columns + ", true FROM " + table
                + " WHERE station_id = ANY (:whole) AND (" + inQuarter + ")"
                + " UNION ALL SELECT " + columns + ", coalesce(" + inQuarter + ", false) FROM " + table
                + " JOIN unnest(CAST(:kept AS uuid[]), CAST(:since AS bigint[])) AS k (station_id, since)"
                + " USING (station_id) WHERE revised > since");
    }

    /**
     * The caller's instance of each station id, for every row of that station: the facts of a
     * project live through the computation, and a hundred thousand copies of a thousand ids would
     * outlast young collections with them.
     */
    private static UnaryOperator<UUID> canonical(Wanted wanted) {
        var canonical = HashMap.<UUID, UUID>newHashMap(
                wanted.whole().size() + wanted.revisedSince().size());
        wanted.whole().forEach(id -> canonical.put(id, id));
        wanted.revisedSince().keySet().forEach(id -> canonical.put(id, id));
        return id -> canonical.getOrDefault(id, id);
    }

    private interface Row<T> {
        T read(ResultSet row, UUID station) throws SQLException;
    }

    private <T> Read<T> read(NamedSql sql, Wanted wanted, Row<T> mapper) {
        var station = canonical(wanted);
        return jdbc.prepareStatement(sql.sql(), statement -> {
            var connection = statement.getConnection();
            var kept = new ArrayList<>(wanted.revisedSince().keySet());
            sql.bind(
                    statement,
                    Map.of(
                            "from", Date.valueOf(wanted.from()),
                            "to", Date.valueOf(wanted.to()),
                            "whole",
                                    connection.createArrayOf(
                                            "uuid", wanted.whole().toArray()),
                            "kept", connection.createArrayOf("uuid", kept.toArray()),
                            "since",
                                    connection.createArrayOf(
                                            "int8",
                                            kept.stream()
                                                    .map(wanted.revisedSince()::get)
                                                    .toArray())));
            var facts = new ArrayList<T>();
            var gone = new HashSet<UUID>();
            statement.setFetchSize(FETCH_ROWS);
            try (var result = statement.executeQuery()) {
                int inQuarter = result.getMetaData().getColumnCount();
                while (result.next()) {
                    if (result.getBoolean(inQuarter)) {
                        facts.add(mapper.read(result, station.apply(result.getObject(2, UUID.class))));
                    } else {
                        gone.add(result.getObject(1, UUID.class));
                    }
                }
            }
            return new Read<>(facts, gone);
        });
    }
}
