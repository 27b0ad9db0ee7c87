package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Assessment;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.export.Workbook;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The quarterly return (季度服务量统计表) a bureau receives: a summary sheet for the project and one
 * sheet per station, Chinese headings, the stations the caller may read.
 */
@Singleton
class QuarterlyReturn {
    private static final Map<String, String> RECORD_KINDS = Map.of("CASE", "个案", "GROUP", "小组", "ACTIVITY", "社区活动");

    private final AssessmentService assessments;
    private final Organisation organisation;

    QuarterlyReturn(AssessmentService assessments, Organisation organisation) {
        this.assessments = assessments;
        this.organisation = organisation;
    }

    byte[] workbook(UUID projectId, Quarter quarter) {
        var project = organisation.projectsByIds(List.of(projectId)).get(projectId);
        if (project == null) {
            throw DomainException.notFound("项目不存在");
        }
        var stations = organisation.stationsOf(projectId);
        var computed = assessments.of(stations.stream().map(StationView::id).toList(), quarter);
        var workbook = new Workbook();
        var summary = workbook.sheet("项目汇总")
                .row(project.name() + " " + quarter + " 季度服务量统计表")
                .row("站点", "考核状态", "按时提交", "满意率(%)", "达标指标数", "未达标指标数", "不计入的记录数");
        for (var station : stations) {
            var assessment = computed.get(station.id());
            summary.row(
                    station.name(),
                    assessment.status().label(),
                    assessment.onTime() == null ? null : assessment.onTime() ? "是" : "否",
                    assessment.satisfactionRate(),
                    assessment.indicatorsMet(),
                    assessment.indicatorsMissed(),
                    assessment.shortfalls().size());
        }
        for (var station : stations) {
            stationSheet(workbook.sheet(station.name()), station, computed.get(station.id()));
        }
        return workbook.bytes();
    }

    private static void stationSheet(Workbook.Sheet sheet, StationView station, Assessment assessment) {
        sheet.row(station.name() + " " + assessment.quarter() + " 季度考核（"
                        + assessment.status().label() + "）")
                .row("指标代码", "指标名称", "服务领域", "单位", "数值", "目标", "完成率(%)", "是否达标");
        for (var result : assessment.indicators()) {
            var indicator = result.indicator();
            sheet.row(
                    indicator.code(),
                    indicator.name(),
                    indicator.domain() == null ? "全站" : indicator.domain().label(),
                    indicator.unit(),
                    result.value(),
                    result.target(),
                    result.achievementRate(),
                    result.met() == null ? null : result.met() ? "是" : "否");
        }
        sheet.row().row("不计入指标的记录").row("类型", "服务对象编号或名称", "原因");
        for (var shortfall : assessment.shortfalls()) {
            var reasons = String.join(
                    "；", shortfall.reasons().stream().map(r -> r.message()).toList());
            sheet.row(RECORD_KINDS.get(shortfall.recordKind()), shortfall.label(), reasons);
        }
    }
}
