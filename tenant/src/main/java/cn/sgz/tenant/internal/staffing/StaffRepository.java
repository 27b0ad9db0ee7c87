package cn.sgz.tenant.internal.staffing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff members; every statement runs under the caller's row-level security. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StaffRepository extends GenericRepository<StaffMemberRow, UUID> {
    String COLUMNS = """
            SELECT id, project_id, name, gender, phone_masked, id_number_masked, id_number_hash, degree, major,
                   major_relevant, qualification_level, certificate_number, certificate_date, experience_years,
                   employment_type, hired_on, left_on, user_id
            FROM staff_member""";

    /** The two ciphertexts of one person, opened only by {@link StaffIdentities}. */
    @Introspected
    record SealedIdentity(byte[] phoneCipher, byte[] idNumberCipher) {}

    StaffMemberRow save(StaffMemberRow row);

    @Query(COLUMNS + " WHERE id IN (:ids)")
    List<StaffRow> staff(Collection<UUID> ids);

    @Query(COLUMNS + " WHERE id = :id")
    Optional<StaffRow> staff(UUID id);

    @Query("SELECT phone_cipher, id_number_cipher FROM staff_member WHERE id = :id")
    Optional<SealedIdentity> sealedIdentity(UUID id);

    @Query("UPDATE staff_member SET user_id = :userId WHERE id = :id")
    long linkAccount(UUID id, UUID userId);

    @Query("UPDATE staff_member SET left_on = :leftOn WHERE id = :id")
    long markLeft(UUID id, LocalDate leftOn);
}
