package cn.sgz.tenant.internal.demo;

import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import cn.sgz.tenant.api.staffing.Staffing;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo project's people: two full-time workers per station from the project's start, a lead
 * and a supervisor, initial and quarterly skills training, monthly group supervision; and three
 * realistic gaps: 长兴路街道 loses a worker on 15 May and fills the post on 22 June, 坡胡镇's second
 * worker only starts on 16 February, and one worker at 南席镇 holds no certificate.
 */
final class DemoStaffing {
    static final LocalDate PROJECT_START = LocalDate.of(2026, 1, 1);
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
    private static final String GIVEN = "敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华芳红玲";

    private final Staffing staffing;
    private int serial;

    DemoStaffing(Staffing staffing) {
        this.staffing = staffing;
    }

    /** Loads everything; returns the 32 station workers, two per station in the stations' order. */
    List<StaffMember> load(UUID projectId, List<StationView> stations) {
        var lead = hire(projectId, "项目负责人高伟", true, PROJECT_START.minusYears(2));
        assign(lead, PostRole.PROJECT_LEAD, null, PROJECT_START);
        var supervisor = hire(projectId, "督导林静", true, PROJECT_START.minusYears(3));
        assign(supervisor, PostRole.SUPERVISOR, null, PROJECT_START);
        var everyone = new ArrayList<StaffMember>();
        var workers = new ArrayList<StaffMember>();
        for (int i = 0; i < stations.size(); i++) {
            var station = stations.get(i).id();
            var first = hire(projectId, name(), true, PROJECT_START);
            assign(first, PostRole.WORKER, station, PROJECT_START);
            everyone.add(first);
            var uncertified = stations.get(i).name().equals("南席镇");
            var lateStart = stations.get(i).name().equals("坡胡镇") ? LocalDate.of(2026, 2, 16) : PROJECT_START;
            var second = hire(projectId, name(), !uncertified, lateStart);
            var posting = assign(second, PostRole.WORKER, station, lateStart);
            everyone.add(second);
            workers.add(first);
            workers.add(second);
            if (stations.get(i).name().equals("长兴路街道")) {
                staffing.endAssignment(new StaffingCommands.EndAssignment(posting, LocalDate.of(2026, 5, 15), true));
                var successor = hire(projectId, name(), true, LocalDate.of(2026, 6, 22));
                assign(successor, PostRole.WORKER, station, successor.hiredOn());
                everyone.add(successor);
            }
            for (int month = 1; month <= 10; month++) {
                staffing.recordSupervision(new StaffingCommands.RecordSupervision(
                        station,
                        SupervisionKind.GROUP,
                        LocalDate.of(2026, month, 25),
                        supervisor.id(),
                        "月度小组督导",
                        List.of(first.id(), second.id())));
            }
        }
        var ids = everyone.stream().map(StaffMember::id).toList();
        training(projectId, TrainingKind.INITIAL, LocalDate.of(2026, 1, 20), "岗前初任培训", ids);
        training(projectId, TrainingKind.INITIAL, LocalDate.of(2026, 3, 5), "岗前初任培训（补训）", ids);
        training(projectId, TrainingKind.CONFIDENTIALITY, LocalDate.of(2026, 1, 21), "保密与个人信息保护", ids);
        for (var day : List.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 6, 18), LocalDate.of(2026, 9, 17))) {
            training(projectId, TrainingKind.SKILLS, day, "个案与小组工作技能", ids);
        }
        return workers;
    }

    private void training(UUID projectId, TrainingKind kind, LocalDate day, String topic, List<UUID> ids) {
        staffing.recordTraining(
                new StaffingCommands.RecordTraining(projectId, kind, day, BigDecimal.valueOf(6), topic, ids));
    }

    private StaffMember hire(UUID projectId, String name, boolean certified, LocalDate hiredOn) {
        serial++;
        return staffing.hire(new StaffingCommands.Hire(
                projectId,
                name,
                serial % 3 == 0 ? Gender.MALE : Gender.FEMALE,
                "1380374%04d".formatted(serial),
                "41108219%02d%02d%02d%03d%d"
                        .formatted(85 + serial % 12, 1 + serial % 12, 1 + serial % 28, serial, serial % 10),
                Degree.BACHELOR,
                certified ? "社会工作" : "会计学",
                certified,
                certified ? QualificationLevel.ASSISTANT : null,
                certified ? "Z%08d".formatted(20240000 + serial) : null,
                certified ? LocalDate.of(2024, 6, 30) : null,
                BigDecimal.valueOf(certified ? 3 : 1),
                EmploymentType.FULL_TIME,
                hiredOn));
    }

    private UUID assign(StaffMember staff, PostRole role, UUID station, LocalDate from) {
        return staffing.assign(new StaffingCommands.Assign(staff.id(), role, station, from, null))
                .id();
    }

    private String name() {
        int n = serial;
        return "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.charAt((n * 7) % GIVEN.length());
    }
}
