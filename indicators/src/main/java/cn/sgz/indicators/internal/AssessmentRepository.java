package cn.sgz.indicators.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The workflow state of stations' quarters. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssessmentRepository extends GenericRepository<AssessmentRow, UUID> {

    @Query("SELECT * FROM assessment WHERE station_id IN (:stationIds) AND quarter = :quarter")
    List<AssessmentRow> of(Collection<UUID> stationIds, String quarter);

    /**
     * How often the quarter's inputs of each station changed (no row: never, or out of reach), and
     * the station's records (in one statement: the two are bumped in the same transactions).
     */
    @Query("""
            SELECT a.station_id, a.revision, a.targets_revision, coalesce(r.revision, 0) AS records_revision
            FROM assessment_revision a LEFT JOIN record_revision r ON r.station_id = a.station_id
            WHERE a.station_id IN (:stationIds) AND a.quarter = :quarter""")
    List<Revision> revisions(Collection<UUID> stationIds, String quarter);

    /** The stations whose quarter has ever had records or targets (a revision row), at most so many. */
    @Query("SELECT station_id FROM assessment_revision WHERE quarter = :quarter ORDER BY station_id LIMIT :limit")
    List<UUID> revisedStations(String quarter, int limit);

    /**
     * How often the records ({@code revision}) and the targets of a station's quarter changed, and
     * the station's cases, groups and activities of any quarter ({@code recordsRevision}).
     */
    @Introspected
    record Revision(UUID stationId, long revision, long targetsRevision, long recordsRevision) {}

    /** The row, locked until the end of the transaction against a concurrent step. */
    @Query("SELECT * FROM assessment WHERE station_id = :stationId AND quarter = :quarter FOR UPDATE")
    Optional<AssessmentRow> lock(UUID stationId, String quarter);

    /** The quarter's status, held against a concurrent step until the end of the transaction. */
    @Query("SELECT status FROM assessment WHERE station_id = :stationId AND quarter = :quarter FOR SHARE")
    Optional<String> statusForShare(UUID stationId, String quarter);

    /** The project's stations whose quarter is approved (their targets are settled). */
    @Query(
            "SELECT station_id FROM assessment WHERE project_id = :projectId AND quarter = :quarter AND status = 'APPROVED'")
    List<UUID> approved(UUID projectId, String quarter);

    /** The first step of a quarter: its row, made DRAFT at version 0 so the step itself can move it. */
    @Query("""
            INSERT INTO assessment (station_id, project_id, quarter, status, version)
            VALUES (:stationId, :projectId, :quarter, 'DRAFT', 0) ON CONFLICT DO NOTHING""")
    long open(UUID stationId, UUID projectId, String quarter);

    @Query("""
            UPDATE assessment SET status = :status, version = version + 1,
                submitted_at = coalesce(:submittedAt, submitted_at), on_time = coalesce(:onTime, on_time),
                reviewed_at = coalesce(:reviewedAt, reviewed_at),
                review_comment = CASE WHEN CAST(:reviewedAt AS timestamptz) IS NULL THEN review_comment ELSE :reviewComment END,
                approved_at = coalesce(:approvedAt, approved_at), reopen_reason = coalesce(:reopenReason, reopen_reason)
            WHERE station_id = :stationId AND quarter = :quarter AND version = :version""")
    long step(
            UUID stationId,
            String quarter,
            int version,
            String status,
            @Nullable Instant submittedAt,
            @Nullable Boolean onTime,
            @Nullable Instant reviewedAt,
            @Nullable String reviewComment,
            @Nullable Instant approvedAt,
            @Nullable String reopenReason);
}
