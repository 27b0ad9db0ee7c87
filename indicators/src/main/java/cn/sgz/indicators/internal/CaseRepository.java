package cn.sgz.indicators.internal;

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

/** Cases: entry, correction on a version, pages per station, and the quarter's facts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseRepository extends GenericRepository<CaseRow, UUID> {

    CaseRow save(CaseRow row);

    @Query("SELECT * FROM service_case WHERE id = :id")
    Optional<CaseRow> find(UUID id);

    /** 0 when the version is not the current one (or the row is out of reach). */
    @Query("""
            UPDATE service_case SET domain = :domain, kind = :kind, client_ref = :clientRef, opened_on = :openedOn,
                filed_on = :filedOn, sessions = :sessions, closed_on = :closedOn, closing_summary = :closingSummary,
                referral_outcome = :referralOutcome, version = version + 1
            WHERE id = :id AND version = :version""")
    long correct(
            UUID id,
            int version,
            String domain,
            String kind,
            String clientRef,
            LocalDate openedOn,
            @Nullable LocalDate filedOn,
            int sessions,
            @Nullable LocalDate closedOn,
            @Nullable String closingSummary,
            @Nullable String referralOutcome);

    /** Up to {@code limit} cases opened in the period per station, after a position (date, id). */
    @Query("""
            SELECT c.* FROM station s CROSS JOIN LATERAL (
                SELECT * FROM service_case c WHERE c.station_id = s.id AND c.opened_on BETWEEN :from AND :to
                  AND (CAST(:afterDate AS date) IS NULL OR (c.opened_on, c.id) > (:afterDate, :afterId))
                ORDER BY c.opened_on, c.id LIMIT :limit) c
            WHERE s.id IN (:stationIds)""")
    List<CaseRow> page(
            Collection<UUID> stationIds,
            LocalDate from,
            LocalDate to,
            @Nullable LocalDate afterDate,
            @Nullable UUID afterId,
            int limit);
}
