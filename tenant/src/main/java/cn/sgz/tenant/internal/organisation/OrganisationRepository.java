package cn.sgz.tenant.internal.organisation;

import cn.sgz.tenant.api.BureauView;
import cn.sgz.tenant.api.ProjectView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every statement runs under the caller's row-level security; none filters by tenant itself. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends GenericRepository<StationRow, UUID> {

    @Query("SELECT id, name, region_code FROM bureau ORDER BY name")
    List<BureauView> bureaus();

    @Query("SELECT id, name, region_code FROM bureau WHERE id IN (:ids)")
    List<BureauView> bureaus(Collection<UUID> ids);

    String PROJECT = """
            SELECT p.id, p.bureau_id, p.name, a.name AS agency_name, p.year
            FROM project p JOIN agency a ON a.id = p.agency_id""";

    @Query(PROJECT + " WHERE (CAST(:bureauId AS uuid) IS NULL OR p.bureau_id = :bureauId) ORDER BY p.year DESC, p.name")
    List<ProjectView> projects(@Nullable UUID bureauId);

    /** A name in the project's station directory (readable by every member of the project). */
    @io.micronaut.core.annotation.Introspected
    record DirectoryEntry(UUID stationId, String name) {}

    @Query("SELECT station_id, name FROM station_directory WHERE station_id IN (:ids)")
    List<DirectoryEntry> stationNames(Collection<UUID> ids);

    @Query("SELECT station_id, name FROM station_directory WHERE project_id = :projectId ORDER BY name, station_id")
    List<DirectoryEntry> directory(UUID projectId);

    @Query("INSERT INTO bureau (id, name, region_code) VALUES (:id, :name, :regionCode)")
    void insertBureau(UUID id, String name, String regionCode);

    @Query("INSERT INTO agency (name) VALUES (:name) ON CONFLICT (name) DO NOTHING")
    void insertAgencyIfAbsent(String name);

    @Query("SELECT id FROM agency WHERE name = :name")
    Optional<UUID> agencyId(String name);

    @Query("""
            INSERT INTO project (id, bureau_id, agency_id, name, year)
            VALUES (:id, :bureauId, :agencyId, :name, :year)""")
    void insertProject(UUID id, UUID bureauId, UUID agencyId, String name, int year);

    @Query("""
            INSERT INTO station (id, project_id, name, kind, region_code)
            VALUES (:id, :projectId, :name, :kind, :regionCode)""")
    void insertStation(UUID id, UUID projectId, String name, String kind, String regionCode);
}
