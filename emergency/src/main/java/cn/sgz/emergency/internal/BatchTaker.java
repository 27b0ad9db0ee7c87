package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes a quantity from a line's batches, the earliest expiry first, in one statement. Called with
 * the line's level locked (its update comes first), so no two takers interleave. Plain JDBC: the
 * statement returns two columns per batch, which a repository method cannot map from an UPDATE.
 */
@Singleton
class BatchTaker {
    /** A batch's part taken, with the batch's expiry. */
    record Taken(@Nullable LocalDate expiresOn, int quantity) {}

    private static final String TAKE = """
            WITH ordered AS (
                SELECT id, quantity,
                       sum(quantity) OVER (ORDER BY expires_on NULLS LAST, received_at, id) - quantity AS before
                FROM stock_batch WHERE station_id = ? AND resource_type_id = ? AND quantity > 0),
            taken AS (SELECT id, least(quantity, ? - before) AS take FROM ordered WHERE before < ?)
            UPDATE stock_batch b SET quantity = b.quantity - t.take FROM taken t WHERE b.id = t.id
            RETURNING b.expires_on, t.take""";

    private final JdbcOperations jdbc;

    BatchTaker(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Taken> takeEarliestFirst(UUID stationId, UUID typeId, int quantity) {
        return jdbc.prepareStatement(TAKE, statement -> {
            statement.setObject(1, stationId);
            statement.setObject(2, typeId);
            statement.setInt(3, quantity);
            statement.setInt(4, quantity);
            var taken = new ArrayList<Taken>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    taken.add(new Taken(rows.getObject(1, LocalDate.class), rows.getInt(2)));
                }
            }
            // in the order used: earliest expiry first
            taken.sort(java.util.Comparator.comparing(
                    Taken::expiresOn, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return taken;
        });
    }
}
