package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackViews.MonthlyReport;
import cn.sgz.feedback.api.ReportCommands;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stations' monthly reports: written and submitted by the station, reviewed by a supervisor; audited. */
@Singleton
class MonthlyReports {
    private final MonthlyReportRepository reports;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    MonthlyReports(MonthlyReportRepository reports, Organisation organisation, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    MonthlyReport save(ReportCommands.Save command) {
        var station = writable(command.stationId());
        if (command.month().isAfter(YearMonth.now(clock.withZone(BusinessCalendar.ZONE)))) {
            throw DomainException.invalid("month", "month 不能是尚未开始的月份");
        }
        var month = command.month().toString();
        if (command.version() == 0) {
            Constraints.guard(
                    () -> reports.save(new MonthlyReportRow(
                            station.id(),
                            station.projectId(),
                            month,
                            "DRAFT",
                            command.serviceSummary(),
                            command.feedbackSummary(),
                            command.problems(),
                            command.improvements(),
                            1)),
                    Constraints.unique("该月的月报已经开始填写，请刷新后在其上修改"));
        } else if (reports.rewrite(
                        station.id(),
                        month,
                        command.version(),
                        command.serviceSummary(),
                        command.feedbackSummary(),
                        command.problems(),
                        command.improvements())
                == 0) {
            throw stale(station.id(), month);
        }
        audit.record(new AuditEntry(
                "MONTHLY_REPORT_SAVED", station.id(), "MonthlyReport", station.id() + "/" + month, Map.of()));
        return reports.find(station.id(), month).orElseThrow();
    }

    @Transactional
    MonthlyReport submit(ReportCommands.Step step) {
        var station = writable(step.stationId());
        var now = clock.instant();
        var late = ReportWindow.late(step.month(), now);
        move(station, step, "DRAFT", "SUBMITTED", now, late, null, null);
        return record(station, step, "MONTHLY_REPORT_SUBMITTED", Map.of("late", late));
    }

    @Transactional
    MonthlyReport review(ReportCommands.Step step) {
        var station = organisation.station(step.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.holds(Role.SUPERVISOR, station.projectId())) {
            throw DomainException.forbidden("只有本项目的督导可以审阅月报");
        }
        move(station, step, "SUBMITTED", "REVIEWED", null, null, clock.instant(), step.comment());
        return record(station, step, "MONTHLY_REPORT_REVIEWED", Map.of());
    }

    Map<UUID, MonthlyReport> of(Collection<UUID> stationIds, YearMonth month) {
        var result = new HashMap<UUID, MonthlyReport>();
        reports.of(List.copyOf(stationIds), month.toString()).forEach(report -> result.put(report.stationId(), report));
        return result;
    }

    private void move(
            StationView station,
            ReportCommands.Step step,
            String from,
            String to,
            java.time.Instant submittedAt,
            Boolean late,
            java.time.Instant reviewedAt,
            String comment) {
        var month = step.month().toString();
        if (reports.step(station.id(), month, step.version(), from, to, submittedAt, late, reviewedAt, comment) == 0) {
            var current = reports.find(station.id(), month).orElseThrow(() -> DomainException.notFound("该月的月报尚未填写"));
            throw current.status().equals(from)
                    ? DomainException.stale("月报", current.version())
                    : DomainException.conflict("月报当前为" + label(current.status()) + "，不能执行此操作");
        }
    }

    private MonthlyReport record(
            StationView station, ReportCommands.Step step, String action, Map<String, Object> changes) {
        var month = step.month().toString();
        audit.record(new AuditEntry(action, station.id(), "MonthlyReport", station.id() + "/" + month, changes));
        return reports.find(station.id(), month).orElseThrow();
    }

    private StationView writable(UUID stationId) {
        var station = organisation.station(stationId).orElseThrow(() -> DomainException.notFound("站点不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin()
                && !scope.writeStations().contains(station.id())
                && !scope.managedProjects().contains(station.projectId())) {
            throw DomainException.forbidden("只有本站点社工或项目负责人、督导可以填写月报");
        }
        return station;
    }

    private DomainException stale(UUID stationId, String month) {
        var current = reports.find(stationId, month);
        if (current.isEmpty()) {
            return DomainException.notFound("该月的月报尚未填写（新月报的 version 为 0）");
        }
        return current.get().status().equals("DRAFT")
                ? DomainException.stale("月报", current.get().version())
                : DomainException.conflict("已提交的月报不能再修改");
    }

    private static String label(String status) {
        return switch (status) {
            case "DRAFT" -> "草稿";
            case "SUBMITTED" -> "已提交";
            default -> "已审阅";
        };
    }
}
