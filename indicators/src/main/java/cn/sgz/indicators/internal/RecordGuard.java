package cn.sgz.indicators.internal;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;

/** The checks every record change makes first: the station is the caller's to write, its quarter open. */
@Singleton
class RecordGuard {
    private final Organisation organisation;
    private final AssessmentRepository assessments;

    RecordGuard(Organisation organisation, AssessmentRepository assessments) {
        this.organisation = organisation;
        this.assessments = assessments;
    }

    /** The station (NOT_FOUND when the caller cannot see it), if the caller may record for it (FORBIDDEN). */
    StationView writableStation(UUID stationId) {
        var station = organisation.station(stationId).orElseThrow(() -> DomainException.notFound("站点不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin()
                && !scope.writeStations().contains(stationId)
                && !scope.managedProjects().contains(station.projectId())) {
            throw DomainException.forbidden("只有本站点社工或项目负责人、督导可以记录服务");
        }
        return station;
    }

    /** CONFLICT when a record dated on these days would fall into an approved (locked) quarter. */
    void requireOpen(UUID stationId, LocalDate... dates) {
        var quarters = java.util.Arrays.stream(dates)
                .filter(java.util.Objects::nonNull)
                .map(Quarter::of)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        for (var quarter : quarters) {
            var status = assessments.statusForShare(stationId, quarter.toString());
            if (status.filter("APPROVED"::equals).isPresent()) {
                throw DomainException.conflict(quarter + " 的考核已审批锁定，该季度的记录不能新增或修改；如需更正，请民政局先解锁");
            }
        }
    }

    static final String ID_TAKEN = "该编号已被另一条记录使用，请换一个新的编号";

    /**
     * A client id seen before: a retry of an entry at the same station gets the record it made
     * (present), a record elsewhere refuses the id (CONFLICT), a new id is empty.
     */
    static <R> java.util.Optional<R> retried(
            java.util.Optional<R> existing, UUID stationId, java.util.function.Function<R, UUID> station) {
        if (existing.isPresent() && !station.apply(existing.get()).equals(stationId)) {
            throw DomainException.conflict(ID_TAKEN);
        }
        return existing;
    }

    static DomainException stale(int current) {
        return DomainException.stale("记录", current);
    }

    static DomainException missing() {
        return DomainException.notFound("记录不存在");
    }
}
