package cn.sgz.emergency.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each project's catalogue of emergency resource types. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ResourceTypeRepository extends GenericRepository<ResourceTypeRow, UUID> {

    ResourceTypeRow save(ResourceTypeRow row);

    @Query("SELECT * FROM resource_type WHERE id = :id")
    Optional<ResourceTypeRow> find(UUID id);

    @Query("SELECT * FROM resource_type WHERE id IN (:ids)")
    List<ResourceTypeRow> findAll(Collection<UUID> ids);

    @Query("SELECT * FROM resource_type WHERE project_id = :projectId ORDER BY category, name")
    List<ResourceTypeRow> ofProject(UUID projectId);

    @Query("""
            UPDATE resource_type SET name = :name, category = :category, unit = :unit,
                minimum_per_station = :minimum, version = version + 1
            WHERE id = :id AND version = :version""")
    long change(UUID id, int version, String name, String category, String unit, int minimum);
}
