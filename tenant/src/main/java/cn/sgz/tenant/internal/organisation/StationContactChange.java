package cn.sgz.tenant.internal.organisation;

import cn.sgz.tenant.api.StationView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * A station's address and phone changed in one statement that also returns the station as it was
 * (for the audit entry): one round trip where a read and then an update took two. The row is locked
 * first ({@code FOR UPDATE}), so what it returns is the version this change replaced, even when
 * another change of the same station came just before. Row-level security applies the station's
 * update policy to the lock as well: a caller who may only read the station changes nothing and
 * gets nothing back.
 */
@Singleton
class StationContactChange {
    private static final String CHANGE = """
            WITH was AS (
                SELECT id, project_id, name, kind, region_code, address, contact_phone
                FROM station WHERE id = ? FOR UPDATE)
            UPDATE station s SET address = ?, contact_phone = ?
            FROM was WHERE s.id = was.id
            RETURNING was.id, was.project_id, was.name, was.kind, was.region_code, was.address, was.contact_phone""";

    private final JdbcOperations jdbc;

    StationContactChange(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The station before the change; empty when the caller may not change it (or not see it). */
    Optional<StationView> change(UUID stationId, @Nullable String address, @Nullable String contactPhone) {
        return jdbc.prepareStatement(CHANGE, statement -> {
            statement.setObject(1, stationId);
            statement.setString(2, address);
            statement.setString(3, contactPhone);
            try (var row = statement.executeQuery()) {
                return row.next() ? Optional.of(StationReads.station(row)) : Optional.<StationView>empty();
            }
        });
    }
}
