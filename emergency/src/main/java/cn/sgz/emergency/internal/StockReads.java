package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyViews.Batch;
import cn.sgz.emergency.api.EmergencyViews.StockLevel;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Levels as read (from the project's station directory, so sibling stations read each other's):
 * every type of each station's project catalogue, held or not (0), with the
 * batches left of the types that expire. One statement for any number of stations; the stations
 * bind as one array.
 */
@Singleton
class StockReads {
    private static final String LEVELS = """
            SELECT s.station_id, s.project_id, t.id, coalesce(l.on_hand, 0), coalesce(l.reserved, 0),
                   t.minimum_per_station, l.updated_at, b.expires_on, b.quantity
            FROM station_directory s
                 JOIN resource_type t ON t.project_id = s.project_id
                 LEFT JOIN stock_level l ON l.station_id = s.station_id AND l.resource_type_id = t.id
                 LEFT JOIN stock_batch b
                        ON t.expires AND b.station_id = s.station_id AND b.resource_type_id = t.id AND b.quantity > 0
            WHERE s.station_id = ANY (?)
            ORDER BY s.station_id, t.category, t.name, t.id, b.expires_on, b.received_at""";
    private static final String FREE = """
            SELECT on_hand - reserved FROM stock_level WHERE station_id = ? AND resource_type_id = ?""";

    private final JdbcOperations jdbc;

    StockReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Each station's levels, in the catalogue's order; a station out of reach is absent. */
    @Transactional(readOnly = true)
    Map<UUID, List<StockLevel>> levels(Collection<UUID> stationIds) {
        var byStation = new LinkedHashMap<UUID, List<StockLevel>>();
        if (stationIds.isEmpty()) {
            return byStation;
        }
        jdbc.prepareStatement(LEVELS, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", stationIds.toArray()));
            try (var rows = statement.executeQuery()) {
                StockLevel current = null;
                List<Batch> batches = null;
                while (rows.next()) {
                    var stationId = rows.getObject(1, UUID.class);
                    var typeId = rows.getObject(3, UUID.class);
                    if (current == null
                            || !current.stationId().equals(stationId)
                            || !current.resourceTypeId().equals(typeId)) {
                        batches = new ArrayList<>();
                        current = level(rows, stationId, typeId, batches);
                        byStation
                                .computeIfAbsent(stationId, id -> new ArrayList<>())
                                .add(current);
                    }
                    var quantity = rows.getInt(9);
                    if (!rows.wasNull()) {
                        batches.add(new Batch(rows.getObject(8, LocalDate.class), quantity));
                    }
                }
            }
            return null;
        });
        return byStation;
    }

    /** What of the line is free (0 when it has none), for the message of a refused change. */
    int free(UUID stationId, UUID typeId) {
        return jdbc.prepareStatement(FREE, statement -> {
            statement.setObject(1, stationId);
            statement.setObject(2, typeId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    private static StockLevel level(ResultSet rows, UUID stationId, UUID typeId, List<Batch> batches)
            throws SQLException {
        Timestamp updated = rows.getTimestamp(7);
        return new StockLevel(
                stationId,
                rows.getObject(2, UUID.class),
                typeId,
                rows.getInt(4),
                rows.getInt(5),
                rows.getInt(6),
                updated == null ? null : updated.toInstant(),
                batches);
    }
}
