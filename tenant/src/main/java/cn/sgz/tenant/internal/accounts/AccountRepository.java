package cn.sgz.tenant.internal.accounts;

import cn.sgz.tenant.api.GrantView;
import cn.sgz.tenant.api.UserView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends GenericRepository<UserRow, UUID> {

    /** Before a caller has a scope: reads through the SECURITY DEFINER function. */
    @Query("SELECT * FROM auth_account(:username, CAST(:id AS uuid))")
    Optional<UserRow> account(@Nullable String username, @Nullable UUID id);

    @Query("SELECT id, username, display_name, enabled FROM app_user WHERE id = :id")
    Optional<UserView> user(UUID id);

    @Query("""
            INSERT INTO app_user (id, username, display_name, password_hash)
            VALUES (:id, :username, :displayName, :passwordHash)""")
    void insertUser(UUID id, String username, String displayName, String passwordHash);

    @Query("""
            SELECT id, user_id, role, bureau_id, project_id, station_id FROM role_grant
            WHERE user_id = :userId ORDER BY created_at, id""")
    List<GrantView> grantsOf(UUID userId);

    /** The enabled users who lead or supervise the project (as far as the caller sees grants: admins all). */
    @Query("""
            SELECT DISTINCT g.user_id FROM role_grant g JOIN app_user u ON u.id = g.user_id
            WHERE g.project_id = :projectId AND g.role IN ('PROJECT_LEAD', 'SUPERVISOR') AND u.enabled""")
    List<UUID> managersOf(UUID projectId);

    @Query("""
            INSERT INTO role_grant (id, user_id, role, bureau_id, project_id, station_id)
            VALUES (:id, :userId, :role, :bureauId, :projectId, :stationId)""")
    void insertGrant(
            UUID id,
            UUID userId,
            String role,
            @Nullable UUID bureauId,
            @Nullable UUID projectId,
            @Nullable UUID stationId);

    @Query("SELECT id, user_id, role, bureau_id, project_id, station_id FROM role_grant WHERE id = :id")
    Optional<GrantView> grant(UUID id);

    @Query("DELETE FROM role_grant WHERE id = :id")
    long deleteGrant(UUID id);

    @Query("""
            INSERT INTO refresh_token (token_hash, user_id, expires_at, family_id, session_started_at)
            VALUES (:tokenHash, :userId, :expiresAt, :familyId, :sessionStartedAt)""")
    void insertRefreshToken(byte[] tokenHash, UUID userId, Instant expiresAt, UUID familyId, Instant sessionStartedAt);

    @Query("DELETE FROM refresh_token WHERE expires_at < :cutoff OR revoked_at < :cutoff")
    long purgeRefreshTokens(Instant cutoff);

    @Query("""
            INSERT INTO revoked_access_token (token_id, expires_at) VALUES (:tokenId, :expiresAt)
            ON CONFLICT (token_id) DO NOTHING""")
    void insertRevokedAccessToken(String tokenId, Instant expiresAt);

    @Query("SELECT count(*) > 0 FROM revoked_access_token WHERE token_id = :tokenId AND expires_at > :now")
    boolean accessTokenRevoked(String tokenId, Instant now);

    @Query("DELETE FROM revoked_access_token WHERE expires_at < :cutoff")
    long purgeRevokedAccessTokens(Instant cutoff);
}
