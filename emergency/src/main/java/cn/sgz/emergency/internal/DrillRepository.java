package cn.sgz.emergency.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each station's emergency drills. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DrillRepository extends GenericRepository<DrillRow, UUID> {

    DrillRow save(DrillRow row);

    @Query("SELECT * FROM drill WHERE id = :id")
    Optional<DrillRow> find(UUID id);

    @Query("""
            SELECT * FROM drill WHERE station_id IN (:stationIds) AND held_on BETWEEN :from AND :to
            ORDER BY station_id, held_on, id""")
    List<DrillRow> held(Collection<UUID> stationIds, LocalDate from, LocalDate to);
}
