package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackViews.MonthlyReport;
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

/** Stations' monthly reports. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MonthlyReportRepository extends GenericRepository<MonthlyReportRow, UUID> {
    String REPORT = """
            station_id, month, status, version, service_summary, feedback_summary, problems, improvements,
            submitted_at, late, review_comment""";

    MonthlyReportRow save(MonthlyReportRow row);

    @Query("SELECT " + REPORT + " FROM monthly_report WHERE station_id = :stationId AND month = :month")
    Optional<MonthlyReport> find(UUID stationId, String month);

    @Query("SELECT " + REPORT + " FROM monthly_report WHERE station_id IN (:stationIds) AND month = :month")
    List<MonthlyReport> of(Collection<UUID> stationIds, String month);

    /** 0 unless it is a draft at this version. */
    @Query("""
            UPDATE monthly_report SET service_summary = :serviceSummary, feedback_summary = :feedbackSummary,
                problems = :problems, improvements = :improvements, version = version + 1
            WHERE station_id = :stationId AND month = :month AND version = :version AND status = 'DRAFT'""")
    long rewrite(
            UUID stationId,
            String month,
            int version,
            String serviceSummary,
            @Nullable String feedbackSummary,
            @Nullable String problems,
            @Nullable String improvements);

    /** 0 unless it is in {@code from} at this version. */
    @Query("""
            UPDATE monthly_report SET status = :to, version = version + 1,
                submitted_at = coalesce(:submittedAt, submitted_at), late = coalesce(:late, late),
                reviewed_at = coalesce(:reviewedAt, reviewed_at), review_comment = coalesce(:comment, review_comment)
            WHERE station_id = :stationId AND month = :month AND version = :version AND status = :from""")
    long step(
            UUID stationId,
            String month,
            int version,
            String from,
            String to,
            @Nullable Instant submittedAt,
            @Nullable Boolean late,
            @Nullable Instant reviewedAt,
            @Nullable String comment);
}
