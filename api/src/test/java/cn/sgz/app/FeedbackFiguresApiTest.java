package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.deadline.DeadlineSweep;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A station's quarter of feedback as a dashboard reads it, after one item handled, one breached, one open. */
@MicronautTest(transactional = false)
class FeedbackFiguresApiTest extends ApiTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    DeadlineSweep sweep;

    @Test
    void receivedHandledBreachedAndReportedAreCountedPerClock() {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        var bureau = gql.create(admin, "createBureau", "{name: \"看板局" + tag + "\", regionCode: \"411000\"}");
        var project = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"看板项目\", agencyName: \"看板机构" + tag + "\", year: 2026}");
        var station = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"看板站\", kind: TOWN, regionCode: \"411000001\"}");
        var worker = ApiWorld.signedInUser(gql, admin, "wd" + tag, "STATION_WORKER", "stationId", station);
        var viewer = ApiWorld.signedInUser(gql, admin, "vd" + tag, "BUREAU_VIEWER", "bureauId", bureau);

        var handled = receive(worker, station, "OPINION", "NORMAL");
        gql.post(
                        worker,
                        "mutation($i: EvaluateFeedbackInput!) { evaluateFeedback(input: $i) { id } }",
                        "i",
                        Map.of("id", handled, "version", 1, "classification", "服务内容", "plan", "当日回复"))
                .ok();
        gql.post(
                        worker,
                        "mutation($i: FeedbackStepInput!) { respondToFeedback(input: $i) { id } }",
                        "i",
                        Map.of("id", handled, "version", 2, "text", "已回复"))
                .ok();
        receive(worker, station, "SUGGESTION", "URGENT");
        receive(worker, station, "COMPLAINT", "NORMAL");
        sweep.sweep(Instant.now().plus(Duration.ofHours(25)));
        gql.post(
                        worker,
                        "mutation($i: SaveMonthlyReportInput!) { saveMonthlyReport(input: $i) { version } }",
                        "i",
                        Map.of(
                                "stationId",
                                station,
                                "month",
                                YearMonth.now(BEIJING).toString(),
                                "version",
                                0,
                                "serviceSummary",
                                "本月工作"))
                .ok();
        gql.post(
                        worker,
                        "mutation($i: MonthlyReportStepInput!) { submitMonthlyReport(input: $i) { late } }",
                        "i",
                        Map.of(
                                "stationId",
                                station,
                                "month",
                                YearMonth.now(BEIJING).toString(),
                                "version",
                                1))
                .ok();

        var quarter = LocalDate.now(BEIJING).getYear() + "Q"
                + ((LocalDate.now(BEIJING).getMonthValue() - 1) / 3 + 1);
        var read = "query($s: ID!, $q: Quarter!) { station(id: $s) { feedbackFigures(quarter: $q) { received"
                + " medianHoursToEvaluate medianHoursToRespond breaches reportsOnTime reportsLate"
                + " clocks { kind met breached open onTimeRate } } } }";
        var figures = gql.post(viewer, read, "s", station, "q", quarter).ok();
        assertThat((Integer) figures.data("station.feedbackFigures.received")).isEqualTo(3);
        assertThat((Integer) figures.data("station.feedbackFigures.breaches")).isEqualTo(1);
        assertThat((Integer) figures.data("station.feedbackFigures.reportsOnTime"))
                .isEqualTo(1);
        assertThat((Double) figures.data("station.feedbackFigures.medianHoursToEvaluate"))
                .isNotNull()
                .isLessThan(1.0);
        List<Map<String, Object>> clocks = figures.data("station.feedbackFigures.clocks");
        assertThat(clock(clocks, "EVALUATE"))
                .containsEntry("met", 1)
                .containsEntry("open", 2)
                .containsEntry("onTimeRate", 100.0);
        assertThat(clock(clocks, "EMERGENCY_RESPONSE"))
                .containsEntry("breached", 1)
                .containsEntry("onTimeRate", 0.0);
        assertThat(clock(clocks, "REPLY")).containsEntry("open", 1);
        assertThat(clock(clocks, "REPLY").get("onTimeRate")).isNull();
        // another bureau reads nothing of it
        assertThat((Object) gql.post(world.token("viewerB"), read, "s", station, "q", quarter)
                        .ok()
                        .data("station"))
                .isNull();
    }

    private String receive(String token, String station, String kind, String urgency) {
        return gql.post(
                        token,
                        "mutation($i: ReceiveFeedbackInput!) { receiveFeedback(input: $i) { id } }",
                        "i",
                        Map.of(
                                "id",
                                UUID.randomUUID().toString(),
                                "stationId",
                                station,
                                "channel",
                                "ONLINE",
                                "kind",
                                kind,
                                "urgency",
                                urgency,
                                "summary",
                                "居民意见",
                                "contact",
                                "13811112222"))
                .ok()
                .data("receiveFeedback.id");
    }

    private static Map<String, Object> clock(List<Map<String, Object>> clocks, String kind) {
        return clocks.stream()
                .filter(c -> c.get("kind").equals(kind))
                .findFirst()
                .orElseThrow();
    }
}
