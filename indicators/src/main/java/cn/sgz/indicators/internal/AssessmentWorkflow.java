package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.AssessmentCommands.Step;
import cn.sgz.indicators.api.IndicatorViews.Assessment;
import cn.sgz.indicators.api.ServiceEnums.AssessmentStatus;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;

/**
 * DRAFT → SUBMITTED (the station) → REVIEWED (a supervisor, who may return it to DRAFT with a
 * comment) → APPROVED (the bureau: the quarter's records are locked) → DRAFT again only when the
 * bureau reopens it with a reason. Each step names the version it was taken on and is audited.
 */
@Singleton
class AssessmentWorkflow {
    private final AssessmentRepository assessments;
    private final AssessmentService computed;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;
    private final int graceDays;

    AssessmentWorkflow(
            AssessmentRepository assessments,
            AssessmentService computed,
            Organisation organisation,
            AuditLog audit,
            Clock clock,
            @Value("${sgz.indicators.submission-grace-days:10}") int graceDays) {
        this.assessments = assessments;
        this.computed = computed;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    @Transactional
    Assessment submit(Step step) {
        var station = station(step);
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.writeStations().contains(station.id())) {
            throw DomainException.forbidden("只有本站点社工可以提交季度考核");
        }
        var now = clock.instant();
        boolean onTime = SubmissionWindow.onTime(step.quarter(), now, graceDays);
        move(step, station, AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED, now, onTime, null, null, null, null);
        return record(step, station, "ASSESSMENT_SUBMITTED", "onTime", onTime);
    }

    @Transactional
    Assessment review(Step step, boolean pass) {
        var station = station(step);
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.holds(Role.SUPERVISOR, station.projectId())) {
            throw DomainException.forbidden("只有本项目的督导可以审核季度考核");
        }
        if (pass) {
            move(
                    step,
                    station,
                    AssessmentStatus.SUBMITTED,
                    AssessmentStatus.REVIEWED,
                    null,
                    null,
                    clock.instant(),
                    step.comment(),
                    null,
                    null);
            return record(step, station, "ASSESSMENT_REVIEWED", "comment", step.comment());
        }
        step.requireComment();
        move(
                step,
                station,
                AssessmentStatus.SUBMITTED,
                AssessmentStatus.DRAFT,
                null,
                null,
                clock.instant(),
                step.comment(),
                null,
                null);
        return record(step, station, "ASSESSMENT_RETURNED", "comment", step.comment());
    }

    @Transactional
    Assessment approve(Step step) {
        var station = station(step);
        requireBureau(station, "只有民政局可以审批季度考核");
        move(
                step,
                station,
                AssessmentStatus.REVIEWED,
                AssessmentStatus.APPROVED,
                null,
                null,
                null,
                null,
                clock.instant(),
                null);
        return record(step, station, "ASSESSMENT_APPROVED", "comment", step.comment());
    }

    @Transactional
    Assessment reopen(Step step) {
        var station = station(step);
        requireBureau(station, "只有民政局可以解锁已审批的季度考核");
        step.requireComment();
        move(
                step,
                station,
                AssessmentStatus.APPROVED,
                AssessmentStatus.DRAFT,
                null,
                null,
                null,
                null,
                null,
                step.comment());
        return record(step, station, "ASSESSMENT_REOPENED", "reason", step.comment());
    }

    private StationView station(Step step) {
        return organisation.station(step.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
    }

    private void requireBureau(StationView station, String message) {
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.holds(Role.BUREAU_VIEWER, station.projectId())) {
            throw DomainException.forbidden(message);
        }
    }

    /** The step from {@code from} to {@code to}, or CONFLICT: wrong state, or not the current version. */
    private void move(
            Step step,
            StationView station,
            AssessmentStatus from,
            AssessmentStatus to,
            @Nullable Instant submittedAt,
            @Nullable Boolean onTime,
            @Nullable Instant reviewedAt,
            @Nullable String reviewComment,
            @Nullable Instant approvedAt,
            @Nullable String reopenReason) {
        var quarter = step.quarter().toString();
        assessments.open(station.id(), station.projectId(), quarter);
        var current = assessments.lock(station.id(), quarter).orElseThrow(() -> DomainException.notFound("站点不存在"));
        if (current.version() != step.version()) {
            throw DomainException.stale("考核", current.version());
        }
        if (current.status() != from) {
            throw DomainException.conflict("考核当前为" + current.status().label() + "，不能执行此操作");
        }
        assessments.step(
                station.id(),
                quarter,
                step.version(),
                to.name(),
                submittedAt,
                onTime,
                reviewedAt,
                reviewComment,
                approvedAt,
                reopenReason);
    }

    private Assessment record(Step step, StationView station, String action, String key, @Nullable Object value) {
        var changes = new HashMap<String, Object>();
        changes.put("quarter", step.quarter().toString());
        if (value != null) {
            changes.put(key, value);
        }
        audit.record(new AuditEntry(action, station.id(), "Assessment", station.id() + "/" + step.quarter(), changes));
        return computed.of(List.of(station.id()), step.quarter()).get(station.id());
    }
}
