package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.indicators.api.Indicators;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A computed quarter is kept between requests (AssessmentCache), so every change of what it is
 * computed from must show in the very next read, by whoever reads it: a worker writes, the lead and
 * the bureau read. Station a1 of project A, in quarters no other test uses (2024Q3 and 2024Q4).
 */
@MicronautTest(transactional = false)
class AssessmentFreshnessApiTest extends ApiTest {
    static final String Q3 = "2024Q3";
    static final String Q4 = "2024Q4";

    @Inject
    Indicators indicators;

    ServiceRecords records;
    String worker, lead, viewer;

    @BeforeAll
    void readers() {
        records = new ServiceRecords(gql);
        worker = world.token("workerA1");
        lead = world.token("leadA");
        viewer = world.token("viewerA");
    }

    @Test
    void everyKindOfRecordShowsInTheNextReadOfItsQuarter() {
        assertThat(value(lead, Q3, "FAMILY_ACTIVITIES")).isEqualTo(0.0);
        assertThat(value(viewer, Q4, "FAMILY_ACTIVITIES")).isEqualTo(0.0);

        var activity = records.activity(worker, world.a1, "FAMILY", "PUBLICITY", "2024-08-01", 30, 60)
                .ok();
        assertThat(value(lead, Q3, "FAMILY_ACTIVITIES")).isEqualTo(1.0);
        // moved into the next quarter: it leaves the one and enters the other
        correct(
                "correctActivity",
                activity,
                "activity",
                ServiceRecords.activityInput("FAMILY", "PUBLICITY", "2024-10-02", 30, 60));
        assertThat(value(lead, Q3, "FAMILY_ACTIVITIES")).isEqualTo(0.0);
        assertThat(value(viewer, Q4, "FAMILY_ACTIVITIES")).isEqualTo(1.0);

        records.logCase(worker, world.a1, "CONSULTATION", 1, "2024-07-05", false)
                .ok();
        assertThat(value(lead, Q3, "YOUTH_CASES")).isEqualTo(1.0);
        assertThat(value(viewer, Q3, "CASE_FILING_RATE")).isEqualTo(0.0);

        records.visit(worker, world.a1, "HOME", "2024-08-03", 45).ok();
        assertThat(value(lead, Q3, "HOME_VISITS")).isEqualTo(1.0);
        records.volunteerEvent(worker, world.a1, "TRAINING", "2024-08-04").ok();
        assertThat(value(lead, Q3, "VOLUNTEER_TRAININGS")).isEqualTo(1.0);

        records.survey(worker, world.a1, "2024-08-05", 5).ok();
        assertThat(satisfaction(lead, Q3)).isEqualTo(100.0);
        records.survey(worker, world.a1, "2024-08-06", 2).ok();
        assertThat(satisfaction(viewer, Q3)).isEqualTo(50.0);
    }

    @Test
    void aGroupsCorrectedSessionsShowInTheQuarterItStartedIn() {
        var before = value(lead, Q3, "ELDERLY_GROUP_SESSIONS");
        var group = records.group(worker, world.a1, "ELDERLY", "2024-09-02", 8, false, 8, 8, 8, 8, 8)
                .ok();
        assertThat(value(lead, Q3, "ELDERLY_GROUP_SESSIONS")).isEqualTo(before + 5);
        // the sessions (held into October) now fall under 60 % attendance: the group no longer counts
        int version = correct(
                "correctGroup",
                group,
                "group",
                ServiceRecords.groupInput("ELDERLY", "2024-09-02", 8, false, 4, 4, 4, 4, 4));
        assertThat(value(viewer, Q3, "ELDERLY_GROUP_SESSIONS")).isEqualTo(before);
        // a session more and 5 of 8 present (62.5 %): it counts again, with six sessions; then four
        // sessions are too few. The totals on the group row follow every replacement of its sessions.
        version = correctAgain(
                group, version, ServiceRecords.groupInput("ELDERLY", "2024-09-02", 8, false, 5, 5, 5, 5, 5, 5));
        assertThat(value(lead, Q3, "ELDERLY_GROUP_SESSIONS")).isEqualTo(before + 6);
        correctAgain(group, version, ServiceRecords.groupInput("ELDERLY", "2024-09-02", 8, false, 8, 8, 8, 8));
        assertThat(value(viewer, Q3, "ELDERLY_GROUP_SESSIONS")).isEqualTo(before);
    }

    @Test
    void aProjectComputedAtOnceReadsEveryKindOfRecordOfEachStationWithItsReadersScope() {
        // both stations changed, so one request computes them together, the groups and activities
        // read side by side (application-test.yml): each still under the caller's scope
        var quarter = "2024Q2";
        records.group(worker, world.a1, "ELDERLY", "2024-05-06", 8, false, 8, 8, 8, 8, 8)
                .ok();
        records.activity(world.token("workerA2"), world.a2, "FAMILY", "PUBLICITY", "2024-05-07", 30, 60)
                .ok();
        assertThat(projectValues(lead, quarter))
                .containsEntry(world.a1 + " ELDERLY_GROUP_SESSIONS", 5.0)
                .containsEntry(world.a1 + " FAMILY_ACTIVITIES", 0.0)
                .containsEntry(world.a2 + " ELDERLY_GROUP_SESSIONS", 0.0)
                .containsEntry(world.a2 + " FAMILY_ACTIVITIES", 1.0);
        records.activity(world.token("workerA2"), world.a2, "FAMILY", "PUBLICITY", "2024-05-08", 30, 60)
                .ok();
        records.activity(worker, world.a1, "FAMILY", "PUBLICITY", "2024-05-08", 30, 60)
                .ok();
        // the sibling station's worker is given its own station's quarter alone
        assertThat(projectValues(world.token("workerA2"), quarter))
                .containsEntry(world.a2 + " FAMILY_ACTIVITIES", 2.0)
                .doesNotContainKey(world.a1 + " FAMILY_ACTIVITIES");
        assertThat(projectValues(viewer, quarter))
                .containsEntry(world.a1 + " FAMILY_ACTIVITIES", 1.0)
                .containsEntry(world.a1 + " ELDERLY_GROUP_SESSIONS", 5.0)
                .containsEntry(world.a2 + " FAMILY_ACTIVITIES", 2.0);
    }

    @Test
    void aKeptQuarterFollowsACaseIntoTheNextQuarterAndOutOfItsOwn() {
        // both quarters computed and kept before each change; each change is then read as the
        // case's row revised since, not as the quarter's records read whole
        var q2 = "2023Q2";
        var q3 = "2023Q3";
        var id = java.util.UUID.randomUUID().toString();
        var input = ServiceRecords.caseInput("WOMEN", "CONSULTATION", 1, "2023-05-10", true);
        var logged = records.logCase(worker, id, world.a1, input).ok();
        assertThat(indicator(lead, world.a1, q2, "WOMEN_CASES")).containsEntry("value", 1.0);
        assertThat(indicator(lead, world.a1, q3, "CASE_REPORTS")).containsEntry("value", 0.0);

        input.put("closedOn", "2023-08-01");
        input.put("closingSummary", "服务目标达成，结案");
        int version = records.correctCase(worker, id, logged.<Integer>data("logCase.version"), input)
                .ok()
                .<Integer>data("correctCase.version");
        assertThat(indicator(viewer, world.a1, q2, "WOMEN_CASES")).containsEntry("value", 1.0);
        assertThat(indicator(viewer, world.a1, q3, "CASE_REPORTS")).containsEntry("value", 1.0);
        assertThat(indicator(viewer, world.a1, q3, "WOMEN_CASES")).containsEntry("value", 0.0);

        // opened in the next quarter after all: it leaves the one and is opened in the other,
        // while a sibling station's change is brought up to date in the same request
        input.put("openedOn", "2023-07-03");
        input.put("filedOn", "2023-07-03");
        records.correctCase(worker, id, version, input).ok();
        records.activity(world.token("workerA2"), world.a2, "FAMILY", "PUBLICITY", "2023-05-11", 30, 60)
                .ok();
        assertThat(projectValues(lead, q2))
                .containsEntry(world.a1 + " WOMEN_CASES", 0.0)
                .containsEntry(world.a2 + " FAMILY_ACTIVITIES", 1.0);
        assertThat(indicator(lead, world.a1, q3, "WOMEN_CASES")).containsEntry("value", 1.0);
        assertThat(indicator(lead, world.a1, q3, "CASE_REPORTS")).containsEntry("value", 1.0);
    }

    @Test
    void aQuarterComputedAheadIsServedOnlyToItsStationsReadersAndFollowsChanges() {
        var quarter = "2022Q4";
        records.activity(worker, world.a1, "FAMILY", "PUBLICITY", "2022-11-02", 30, 60)
                .ok();
        records.activity(world.token("workerB1"), world.b1, "FAMILY", "PUBLICITY", "2022-11-03", 30, 60)
                .ok();
        var q = Quarter.parse("quarter", quarter);
        assertThatThrownBy(() -> indicators.computeAhead(q, 100)).isInstanceOf(DomainException.class);
        // as at start-up: under the system's scope, both bureaus' stations of the quarter
        assertThat(Tenancy.callAs(Scope.system(), () -> indicators.computeAhead(q, 100)))
                .isEqualTo(2);

        assertThat(indicator(lead, world.a1, quarter, "FAMILY_ACTIVITIES")).containsEntry("value", 1.0);
        assertThat(indicator(world.token("workerB1"), world.b1, quarter, "FAMILY_ACTIVITIES"))
                .containsEntry("value", 1.0);
        for (var outsider : List.of(world.token("viewerB"), world.token("workerA2"))) {
            assertThat((Object) records.assessment(outsider, world.a1, quarter).data("station"))
                    .isNull();
        }
        assertThat((Object) records.assessment(viewer, world.b1, quarter).data("station"))
                .isNull();
        records.activity(worker, world.a1, "FAMILY", "PUBLICITY", "2022-11-04", 30, 60)
                .ok();
        assertThat(indicator(viewer, world.a1, quarter, "FAMILY_ACTIVITIES")).containsEntry("value", 2.0);
    }

    /** Each station's indicator values of project A's assessments of a quarter, keyed "station code". */
    private Map<String, Object> projectValues(String token, String quarter) {
        var query = "query($p: ID!) { assessments(projectId: $p, quarter: \"" + quarter + "\") { station { id }"
                + " indicators { indicator { code } value } } }";
        List<Map<String, Object>> all =
                gql.post(token, query, "p", world.projectA).ok().data("assessments");
        var values = new java.util.HashMap<String, Object>();
        for (var assessment : all) {
            var station = ((Map<?, ?>) assessment.get("station")).get("id");
            for (var result : (List<?>) assessment.get("indicators")) {
                var indicator = (Map<?, ?>) result;
                values.put(
                        station + " " + ((Map<?, ?>) indicator.get("indicator")).get("code"), indicator.get("value"));
            }
        }
        return values;
    }

    /** A further correction of a group, made on the version it has now. */
    private int correctAgain(Gql.Response logged, int version, Map<String, Object> group) {
        return gql.post(
                        worker,
                        "mutation($i: CorrectGroupInput!) { correctGroup(input: $i) { version } }",
                        "i",
                        Map.of("id", logged.<String>data("logGroup.id"), "version", version, "group", group))
                .ok()
                .<Integer>data("correctGroup.version");
    }

    @Test
    void targetsForAllStationsAndForOneShowAtOnce() {
        assertThat(target(lead, world.a2, Q4, "WOMEN_ACTIVITIES")).isNull();
        setTarget(Map.of("indicatorCode", "WOMEN_ACTIVITIES", "target", 3));
        assertThat(target(lead, world.a1, Q4, "WOMEN_ACTIVITIES")).isEqualTo(3.0);
        assertThat(target(viewer, world.a2, Q4, "WOMEN_ACTIVITIES")).isEqualTo(3.0);
        setTarget(Map.of("indicatorCode", "WOMEN_ACTIVITIES", "stationId", world.a2, "target", 1));
        assertThat(target(lead, world.a2, Q4, "WOMEN_ACTIVITIES")).isEqualTo(1.0);
        assertThat(target(lead, world.a1, Q4, "WOMEN_ACTIVITIES")).isEqualTo(3.0);
        setTarget(Map.of("indicatorCode", "WOMEN_ACTIVITIES", "target", 2));
        assertThat(target(viewer, world.a1, Q4, "WOMEN_ACTIVITIES")).isEqualTo(2.0);
    }

    @Test
    void newTargetsApplyToTheValuesKeptAndANewRecordStillCounts() {
        var quarter = "2023Q4";
        records.activity(worker, world.a1, "ELDERLY", "PUBLICITY", "2023-11-02", 30, 60)
                .ok();
        assertThat(indicator(lead, world.a1, quarter, "ELDERLY_ACTIVITIES")).containsEntry("value", 1.0);
        // only the targets change: the kept values are measured against them, the records not read again
        gql.post(
                        lead,
                        "mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { target } }",
                        "i",
                        Map.of(
                                "projectId",
                                world.projectA,
                                "quarter",
                                quarter,
                                "targets",
                                List.of(Map.of("indicatorCode", "ELDERLY_ACTIVITIES", "target", 2))))
                .ok();
        assertThat(indicator(viewer, world.a1, quarter, "ELDERLY_ACTIVITIES"))
                .containsEntry("value", 1.0)
                .containsEntry("target", 2.0)
                .containsEntry("met", false)
                .containsEntry("achievementRate", 50.0);
        records.activity(worker, world.a1, "ELDERLY", "PUBLICITY", "2023-11-03", 30, 60)
                .ok();
        assertThat(indicator(lead, world.a1, quarter, "ELDERLY_ACTIVITIES"))
                .containsEntry("value", 2.0)
                .containsEntry("target", 2.0)
                .containsEntry("met", true);
    }

    @Test
    void aKeptQuarterIsNotServedBeyondItsStationsReaders() {
        value(lead, Q3, "HOME_VISITS"); // computed and kept
        var otherBureau = gql.post(
                world.token("viewerB"),
                "query($p: ID!) { assessments(projectId: $p, quarter: \"" + Q3 + "\") { station { id } } }",
                "p",
                world.projectA);
        assertThat(otherBureau.errorCode()).isEqualTo("NOT_FOUND");
        for (var outsider : List.of(world.token("viewerB"), world.token("workerA2"), world.token("workerB1"))) {
            var station = records.assessment(outsider, world.a1, Q3);
            assertThat((Object) station.data("station"))
                    .as(station.body().toString())
                    .isNull();
        }
        // the sibling station's worker reads only its own station in the project's list
        List<Map<String, Object>> sibling = gql.post(
                        world.token("workerA2"),
                        "query($p: ID!) { assessments(projectId: $p, quarter: \"" + Q3 + "\") { station { id } } }",
                        "p",
                        world.projectA)
                .ok()
                .data("assessments");
        assertThat(sibling)
                .extracting(a -> (Object) ((Map<?, ?>) a.get("station")).get("id"))
                .containsExactly(world.a2);
    }

    /** The worker's correction of a record it logged, e.g. {@code correct("correctGroup", logged, "group", input)}. */
    private int correct(String mutation, Gql.Response logged, String recordField, Map<String, Object> record) {
        var logMutation = "log" + mutation.substring("correct".length());
        var inputType = "C" + mutation.substring(1) + "Input";
        return gql.post(
                        worker,
                        "mutation($i: " + inputType + "!) { " + mutation + "(input: $i) { version } }",
                        "i",
                        Map.of(
                                "id",
                                logged.<String>data(logMutation + ".id"),
                                "version",
                                logged.<Integer>data(logMutation + ".version"),
                                recordField,
                                record))
                .ok()
                .<Integer>data(mutation + ".version");
    }

    private Double value(String token, String quarter, String code) {
        return (Double) indicator(token, world.a1, quarter, code).get("value");
    }

    private Double target(String token, String station, String quarter, String code) {
        return (Double) indicator(token, station, quarter, code).get("target");
    }

    private Map<String, Object> indicator(String token, String station, String quarter, String code) {
        return ServiceRecords.indicator(
                records.assessment(token, station, quarter).ok(), code);
    }

    private Double satisfaction(String token, String quarter) {
        return records.assessment(token, world.a1, quarter).ok().data("station.assessment.satisfactionRate");
    }

    private void setTarget(Map<String, Object> target) {
        gql.post(
                        lead,
                        "mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { target } }",
                        "i",
                        Map.of("projectId", world.projectA, "quarter", Q4, "targets", List.of(target)))
                .ok();
    }
}
