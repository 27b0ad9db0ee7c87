package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The writes of the stock ledger. A change updates the level first: that takes the row's lock, so
 * changes of one line queue behind each other, and its CHECKs refuse a negative level or more
 * reserved than held before anything else is written.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StockRepository extends GenericRepository<MovementRow, UUID> {

    @Query("""
            INSERT INTO stock_level (station_id, project_id, resource_type_id, updated_at)
            VALUES (:stationId, :projectId, :typeId, :at) ON CONFLICT DO NOTHING""")
    long open(UUID stationId, UUID projectId, UUID typeId, Instant at);

    /** Changes what the station holds and what of it is reserved; 0 when the level does not exist. */
    @Query("""
            UPDATE stock_level SET on_hand = on_hand + :held, reserved = reserved + :reserved, updated_at = :at
            WHERE station_id = :stationId AND resource_type_id = :typeId""")
    long change(UUID stationId, UUID typeId, int held, int reserved, Instant at);

    /**
     * The same, only when at least {@code free} of the line is not reserved: one statement takes the
     * row's lock and decides, so the lock is held for as few round trips as possible.
     */
    @Query("""
            UPDATE stock_level SET on_hand = on_hand + :held, reserved = reserved + :reserved, updated_at = :at
            WHERE station_id = :stationId AND resource_type_id = :typeId AND on_hand - reserved >= :free""")
    long changeIfFree(UUID stationId, UUID typeId, int held, int reserved, int free, Instant at);

    @Query("""
            INSERT INTO stock_batch (id, station_id, project_id, resource_type_id, expires_on, quantity, received_at)
            VALUES (:id, :stationId, :projectId, :typeId, :expiresOn, :quantity, :at)""")
    long addBatch(
            UUID id,
            UUID stationId,
            UUID projectId,
            UUID typeId,
            @Nullable LocalDate expiresOn,
            int quantity,
            Instant at);

    MovementRow save(MovementRow row);

    @Query("""
            SELECT * FROM stock_movement
            WHERE station_id = :stationId AND (CAST(:typeId AS uuid) IS NULL OR resource_type_id = :typeId)
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (at, id) < (:afterAt, :afterId))
            ORDER BY at DESC, id DESC LIMIT :limit""")
    List<MovementRow> page(
            UUID stationId, @Nullable UUID typeId, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("SELECT * FROM stock_movement WHERE id = :id")
    java.util.Optional<MovementRow> find(UUID id);
}
