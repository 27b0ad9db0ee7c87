package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Monthly reports through the API, in a bureau of its own; months relative to today (Beijing). */
@MicronautTest(transactional = false)
class MonthlyReportApiTest extends ApiTest {
    static final String FIELDS = "month status version late submittedAt dueAt reviewComment serviceSummary";
    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aStationWritesSubmitsAndASupervisorReviewsItsMonth() throws SQLException {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        var bureau = gql.create(admin, "createBureau", "{name: \"月报局" + tag + "\", regionCode: \"411000\"}");
        var project = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"月报项目\", agencyName: \"月报机构" + tag + "\", year: 2026}");
        var m1 = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"月报一站\", kind: TOWN, regionCode: \"411000001\"}");
        var m2 = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"月报二站\", kind: TOWN, regionCode: \"411000002\"}");
        var worker = ApiWorld.signedInUser(gql, admin, "wm" + tag, "STATION_WORKER", "stationId", m1);
        var other = ApiWorld.signedInUser(gql, admin, "om" + tag, "STATION_WORKER", "stationId", m2);
        var supervisor = ApiWorld.signedInUser(gql, admin, "sm" + tag, "SUPERVISOR", "projectId", project);
        var month = THIS_MONTH.toString();

        var draft = save(worker, m1, month, 0, "本月开展个案 12 例、小组 2 个").ok();
        assertThat((String) draft.data("saveMonthlyReport.status")).isEqualTo("DRAFT");
        assertThat(save(worker, m1, month, 0, "重复开始").errorCode()).isEqualTo("CONFLICT");
        save(worker, m1, month, 1, "本月开展个案 13 例、小组 2 个").ok();
        assertThat(save(worker, m1, month, 1, "过时的版本").errorCode()).isEqualTo("CONFLICT");

        var submitted = step(worker, "submitMonthlyReport", m1, month, 2, null).ok();
        assertThat((String) submitted.data("submitMonthlyReport.status")).isEqualTo("SUBMITTED");
        assertThat((Boolean) submitted.data("submitMonthlyReport.late")).isFalse();
        assertThat(OffsetDateTime.parse((String) submitted.data("submitMonthlyReport.dueAt"))
                        .toInstant())
                .isEqualTo(THIS_MONTH
                        .plusMonths(1)
                        .atDay(16)
                        .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(save(worker, m1, month, 3, "提交后再改").errorCode()).isEqualTo("CONFLICT");

        assertThat(step(worker, "reviewMonthlyReport", m1, month, 3, "自己审").errorCode())
                .isEqualTo("FORBIDDEN");
        var reviewed =
                step(supervisor, "reviewMonthlyReport", m1, month, 3, "内容完整").ok();
        assertThat((String) reviewed.data("reviewMonthlyReport.status")).isEqualTo("REVIEWED");
        assertThat((String) reviewed.data("reviewMonthlyReport.reviewComment")).isEqualTo("内容完整");

        // two months ago: due on the 15th of last month, so its submission now is late
        var old = THIS_MONTH.minusMonths(2).toString();
        save(worker, m1, old, 0, "补交").ok();
        assertThat((Boolean) step(worker, "submitMonthlyReport", m1, old, 1, null)
                        .ok()
                        .data("submitMonthlyReport.late"))
                .isTrue();
        assertThat(save(worker, m1, THIS_MONTH.plusMonths(1).toString(), 0, "未来")
                        .errorField())
                .isEqualTo("input.month");
        assertThat(save(worker, m1, "2026-13", 0, "无效").errorField()).isEqualTo("input.month");

        // another station, another bureau
        assertThat(save(other, m1, month, 0, "别人的").errorCode()).isEqualTo("NOT_FOUND");
        var read = "query($s: ID!, $m: String!) { station(id: $s) { monthlyReport(month: $m) { " + FIELDS + " } } }";
        assertThat((Object) gql.post(other, read, "s", m1, "m", month).ok().data("station"))
                .isNull();
        assertThat((Object) gql.post(world.token("viewerB"), read, "s", m1, "m", month)
                        .ok()
                        .data("station"))
                .isNull();
        assertThat(step(world.token("viewerB"), "reviewMonthlyReport", m1, old, 2, null)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat((String) gql.post(supervisor, read, "s", m1, "m", month).ok().data("station.monthlyReport.status"))
                .isEqualTo("REVIEWED");
        assertThat((Object) gql.post(supervisor, read, "s", m2, "m", month).ok().data("station.monthlyReport"))
                .isNull();
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM audit_event WHERE subject_type = 'MonthlyReport' AND station_id = '" + m1
                                + "'"))
                .isEqualTo(6);
    }

    private Gql.Response save(String token, String station, String month, int version, String summary) {
        return gql.post(
                token,
                "mutation($i: SaveMonthlyReportInput!) { saveMonthlyReport(input: $i) { " + FIELDS + " } }",
                "i",
                Map.of("stationId", station, "month", month, "version", version, "serviceSummary", summary));
    }

    private Gql.Response step(
            String token, String mutation, String station, String month, int version, String comment) {
        var input = new HashMap<String, Object>(Map.of("stationId", station, "month", month, "version", version));
        input.put("comment", comment);
        return gql.post(
                token,
                "mutation($i: MonthlyReportStepInput!) { " + mutation + "(input: $i) { " + FIELDS + " } }",
                "i",
                input);
    }
}
