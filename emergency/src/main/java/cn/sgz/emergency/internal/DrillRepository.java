package cn.sgz.emergency.internal;

import io.micronaut.core.annotation.Nullable;
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

    /** 1 when the row was at that version (now one more), else 0. */
    @Query("""
            UPDATE drill SET held_on = :heldOn, scenario = :scenario, participants = :participants,
                   findings = :findings, version = version + 1
            WHERE id = :id AND version = :version""")
    int correct(UUID id, int version, LocalDate heldOn, String scenario, int participants, @Nullable String findings);

    @Query("""
            SELECT * FROM drill WHERE station_id IN (:stationIds) AND held_on BETWEEN :from AND :to
            ORDER BY station_id, held_on, id""")
    List<DrillRow> held(Collection<UUID> stationIds, LocalDate from, LocalDate to);
}
