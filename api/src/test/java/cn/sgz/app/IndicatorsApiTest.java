package cn.sgz.app;

import static cn.sgz.app.ServiceRecords.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Service records and quarterly assessments through the API, in a bureau of its own (I: project I
 * with stations i1 and i2, its lead, supervisor, bureau viewer and a worker at each station); each
 * test works in a quarter of its own.
 */
@MicronautTest(transactional = false)
class IndicatorsApiTest extends ApiTest {
    ServiceRecords records;
    String tag, bureauI, projectI, i1, i2;
    String workerI1, workerI2, leadI, supervisorI, viewerI;

    @BeforeAll
    void buildBureauI() {
        records = new ServiceRecords(gql);
        tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        bureauI = gql.create(admin, "createBureau", "{name: \"指标局" + tag + "\", regionCode: \"411000\"}");
        projectI = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureauI + "\", name: \"指标项目\", agencyName: \"指标机构" + tag + "\", year: 2025}");
        i1 = station("指标一站");
        i2 = station("指标二站");
        workerI1 = user("wi1", "STATION_WORKER", "stationId", i1);
        workerI2 = user("wi2", "STATION_WORKER", "stationId", i2);
        leadI = user("li", "PROJECT_LEAD", "projectId", projectI);
        supervisorI = user("si", "SUPERVISOR", "projectId", projectI);
        viewerI = user("vi", "BUREAU_VIEWER", "bureauId", bureauI);
    }

    @Test
    void eachQualityRuleAtItsBoundary() {
        var q = "2025-01-06";
        // groups: members 7 vs 8; sessions 4 vs 5; attendance 59 % vs 60 % of 20 members over 5 sessions
        assertCounts(records.group(workerI1, i1, q, 7, 7, 7, 7, 7, 7), "logGroup", false, "GROUP_TOO_FEW_MEMBERS");
        assertCounts(records.group(workerI1, i1, q, 8, 8, 8, 8, 8, 8), "logGroup", true);
        assertCounts(records.group(workerI1, i1, q, 8, 8, 8, 8, 8), "logGroup", false, "GROUP_TOO_FEW_SESSIONS");
        assertCounts(records.group(workerI1, i1, q, 20, 12, 12, 12, 12, 11), "logGroup", false, "GROUP_LOW_ATTENDANCE");
        assertCounts(records.group(workerI1, i1, q, 20, 12, 12, 12, 12, 12), "logGroup", true);
        // cases: counselling and treatment need 5 sessions; a consultation none
        assertCounts(
                records.logCase(workerI1, i1, "COUNSELLING", 4, q, true), "logCase", false, "CASE_TOO_FEW_SESSIONS");
        assertCounts(records.logCase(workerI1, i1, "TREATMENT", 5, q, true), "logCase", true);
        assertCounts(records.logCase(workerI1, i1, "CONSULTATION", 1, q, true), "logCase", true);
        // lectures: 20 people (30 in the enterprise domain) and 40 minutes
        assertCounts(
                records.activity(workerI1, i1, "YOUTH", "LECTURE", q, 20, 39),
                "logActivity",
                false,
                "LECTURE_TOO_SHORT");
        assertCounts(
                records.activity(workerI1, i1, "YOUTH", "LECTURE", q, 19, 40),
                "logActivity",
                false,
                "LECTURE_TOO_FEW_PARTICIPANTS");
        assertCounts(records.activity(workerI1, i1, "YOUTH", "LECTURE", q, 20, 40), "logActivity", true);
        assertCounts(
                records.activity(workerI1, i1, "ENTERPRISE", "LECTURE", q, 29, 60),
                "logActivity",
                false,
                "LECTURE_TOO_FEW_PARTICIPANTS");
        assertCounts(records.activity(workerI1, i1, "ENTERPRISE", "LECTURE", q, 30, 60), "logActivity", true);
        // large > 100, medium ≥ 50
        assertCounts(
                records.activity(workerI1, i1, "ELDERLY", "LARGE", q, 100, 120),
                "logActivity",
                false,
                "LARGE_TOO_FEW_PARTICIPANTS");
        assertCounts(records.activity(workerI1, i1, "ELDERLY", "LARGE", q, 101, 120), "logActivity", true);
        assertCounts(
                records.activity(workerI1, i1, "ELDERLY", "MEDIUM", q, 49, 90),
                "logActivity",
                false,
                "MEDIUM_TOO_FEW_PARTICIPANTS");
        assertCounts(records.activity(workerI1, i1, "ELDERLY", "MEDIUM", q, 50, 90), "logActivity", true);

        var assessment = records.assessment(workerI1, i1, "2025Q1").ok();
        assertThat(indicator(assessment, "YOUTH_GROUP_SESSIONS").get("value")).isEqualTo(10.0);
        assertThat(indicator(assessment, "YOUTH_CASES").get("value")).isEqualTo(2.0);
        assertThat(indicator(assessment, "YOUTH_ACTIVITIES").get("value")).isEqualTo(1.0);
        assertThat(indicator(assessment, "YOUTH_PARTICIPANTS").get("value")).isEqualTo(20.0);
        assertThat(indicator(assessment, "ENTERPRISE_ACTIVITIES").get("value")).isEqualTo(1.0);
        assertThat(indicator(assessment, "ELDERLY_ACTIVITIES").get("value")).isEqualTo(2.0);
        assertThat(indicator(assessment, "ELDERLY_PARTICIPANTS").get("value")).isEqualTo(151.0);
        assertThat(indicator(assessment, "CASE_FILING_RATE").get("value")).isEqualTo(100.0);
        List<Map<String, Object>> shortfalls = assessment.data("station.assessment.shortfalls");
        assertThat(shortfalls).hasSize(9); // 3 groups, 1 case, 5 activities
        assertThat(shortfalls).extracting(s -> s.get("recordKind")).containsOnly("GROUP", "CASE", "ACTIVITY");
    }

    @Test
    void valuesMeetTheTargetsThatApplyAndQuartersEndOnTheirLastDay() {
        // the project's target for all stations, and i2's own
        gql.post(
                        leadI,
                        SET_TARGETS,
                        "i",
                        Map.of(
                                "projectId",
                                projectI,
                                "quarter",
                                "2025Q2",
                                "targets",
                                List.of(
                                        Map.of("indicatorCode", "FAMILY_ACTIVITIES", "target", 4),
                                        Map.of("indicatorCode", "FAMILY_ACTIVITIES", "stationId", i2, "target", 2))))
                .ok();
        records.activity(workerI2, i2, "FAMILY", "PUBLICITY", "2025-04-01", 30, 60)
                .ok();
        records.activity(workerI2, i2, "FAMILY", "PUBLICITY", "2025-06-30", 30, 60)
                .ok();
        records.activity(workerI2, i2, "FAMILY", "PUBLICITY", "2025-07-01", 30, 60)
                .ok(); // next quarter
        records.activity(workerI2, i2, "FAMILY", "PUBLICITY", "2025-03-31", 30, 60)
                .ok(); // the one before
        records.logCase(workerI2, i2, "CONSULTATION", 1, "2025-05-01", true).ok();
        records.logCase(workerI2, i2, "CONSULTATION", 1, "2025-05-02", false).ok();
        records.survey(workerI2, i2, "2025-05-10", 5).ok();
        records.survey(workerI2, i2, "2025-05-11", 4).ok();
        records.survey(workerI2, i2, "2025-05-12", 3).ok();
        records.survey(workerI2, i2, "2025-05-13", 4).ok();

        records.visit(workerI2, i2, "HOME", "2025-05-20", 60).ok();
        records.visit(workerI2, i2, "PHONE", "2025-05-21", 20).ok();
        records.volunteerEvent(workerI2, i2, "TRAINING", "2025-05-22").ok();
        // routine work: 200 of 380 minutes (two activities of 60, visits of 60 and 20; the featured group 2 × 90)
        records.group(workerI2, i2, "FAMILY", "2025-06-02", 8, true, 8, 8).ok();

        var mine = records.assessment(workerI2, i2, "2025Q2").ok();
        assertThat(indicator(mine, "HOME_VISITS")).containsEntry("value", 1.0);
        assertThat(indicator(mine, "PHONE_VISITS")).containsEntry("value", 1.0);
        assertThat(indicator(mine, "VOLUNTEER_TRAININGS")).containsEntry("value", 1.0);
        assertThat(indicator(mine, "VOLUNTEER_SERVICES")).containsEntry("value", 0.0);
        assertThat(indicator(mine, "ROUTINE_SHARE"))
                .containsEntry("value", 52.6)
                .containsEntry("target", 75.0)
                .containsEntry("met", false);
        var activities = indicator(mine, "FAMILY_ACTIVITIES");
        assertThat(activities)
                .containsEntry("value", 2.0)
                .containsEntry("target", 2.0)
                .containsEntry("met", true);
        assertThat(activities.get("achievementRate")).isEqualTo(100.0);
        assertThat(indicator(mine, "CASE_FILING_RATE"))
                .containsEntry("value", 50.0)
                .containsEntry("target", 100.0)
                .containsEntry("met", false);
        assertThat((Object) mine.data("station.assessment.satisfactionRate")).isEqualTo(75.0);
        assertThat(indicator(mine, "SATISFACTION_RATE")).containsEntry("met", false);
        // met: family activities; missed: filing, satisfaction, routine share (referrals have no outcome yet)
        assertThat((Integer) mine.data("station.assessment.indicatorsMet")).isEqualTo(1);
        assertThat((Integer) mine.data("station.assessment.indicatorsMissed")).isEqualTo(3);
        // i1 has no target of its own: the project's applies
        var other = records.assessment(leadI, i1, "2025Q2").ok();
        assertThat(indicator(other, "FAMILY_ACTIVITIES"))
                .containsEntry("value", 0.0)
                .containsEntry("target", 4.0)
                .containsEntry("achievementRate", 0.0);
        // the project's list holds both stations
        var project = gql.post(
                        viewerI,
                        "query($p: ID!) { assessments(projectId: $p, quarter: \"2025Q2\") { station { id } status } }",
                        "p",
                        projectI)
                .ok();
        List<Map<String, Object>> all = project.data("assessments");
        assertThat(all).hasSize(2);
        var targets = gql.post(
                        workerI1,
                        "query($p: ID!) { indicatorTargets(projectId: $p, quarter: \"2025Q2\") { indicatorCode stationId target } }",
                        "p",
                        projectI)
                .ok();
        assertThat((List<?>) targets.data("indicatorTargets")).hasSize(2);
    }

    @Test
    void theWorkflowMovesByRoleAndAnApprovedQuarterIsLockedUntilReopened() throws SQLException {
        var quarter = "2025Q3";
        var caseId = UUID.randomUUID().toString();
        var input = ServiceRecords.caseInput("WOMEN", "CONSULTATION", 1, "2025-08-01", true);
        records.logCase(workerI1, caseId, i1, input).ok();

        assertThat(records.step(viewerI, "submitAssessment", i1, quarter, 0, null)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(records.step(workerI2, "submitAssessment", i1, quarter, 0, null)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        var submitted =
                records.step(workerI1, "submitAssessment", i1, quarter, 0, null).ok();
        assertThat((String) submitted.data("submitAssessment.status")).isEqualTo("SUBMITTED");
        assertThat((Boolean) submitted.data("submitAssessment.onTime")).isFalse(); // 2025Q3 ended long ago
        assertThat(records.step(workerI1, "submitAssessment", i1, quarter, 1, null)
                        .errorCode())
                .isEqualTo("CONFLICT");

        assertThat(records.review(leadI, i1, quarter, 1, true, null).errorCode())
                .isEqualTo("FORBIDDEN");
        var unexplained = records.review(supervisorI, i1, quarter, 1, false, null);
        assertThat(unexplained.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(unexplained.errorField()).isEqualTo("input.comment");
        var returned =
                records.review(supervisorI, i1, quarter, 1, false, "个案记录不全").ok();
        assertThat((String) returned.data("reviewAssessment.status")).isEqualTo("DRAFT");
        assertThat((String) returned.data("reviewAssessment.reviewComment")).isEqualTo("个案记录不全");
        records.step(workerI1, "submitAssessment", i1, quarter, 2, null).ok();
        assertThat(records.review(supervisorI, i1, quarter, 2, true, null).errorCode())
                .isEqualTo("CONFLICT"); // stale
        records.review(supervisorI, i1, quarter, 3, true, "同意").ok();

        assertThat(records.step(supervisorI, "approveAssessment", i1, quarter, 4, null)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        var approved =
                records.step(viewerI, "approveAssessment", i1, quarter, 4, null).ok();
        assertThat((Boolean) approved.data("approveAssessment.locked")).isTrue();

        // locked: no new record dated in the quarter, no correction of one
        var locked = records.logCase(workerI1, i1, "CONSULTATION", 1, "2025-09-30", true);
        assertThat(locked.errorCode()).isEqualTo("CONFLICT");
        assertThat(locked.errorMessage()).contains("2025Q3").contains("锁定");
        assertThat(records.correctCase(workerI1, caseId, 1, input).errorCode()).isEqualTo("CONFLICT");
        records.logCase(workerI1, i1, "CONSULTATION", 1, "2025-10-01", true).ok(); // the next quarter is open

        assertThat(records.step(viewerI, "reopenAssessment", i1, quarter, 5, null)
                        .errorField())
                .isEqualTo("input.comment");
        var reopened = records.step(viewerI, "reopenAssessment", i1, quarter, 5, "补录遗漏的个案")
                .ok();
        assertThat((String) reopened.data("reopenAssessment.status")).isEqualTo("DRAFT");
        assertThat((String) reopened.data("reopenAssessment.reopenReason")).isEqualTo("补录遗漏的个案");
        records.logCase(workerI1, i1, "CONSULTATION", 1, "2025-09-30", true).ok();
        // targets of a settled quarter stay as they were
        var approvedAgain =
                records.step(workerI1, "submitAssessment", i1, quarter, 6, null).ok();
        records.review(supervisorI, i1, quarter, 7, true, null).ok();
        records.step(viewerI, "approveAssessment", i1, quarter, 8, null).ok();
        var settled = gql.post(
                leadI,
                SET_TARGETS,
                "i",
                Map.of(
                        "projectId",
                        projectI,
                        "quarter",
                        quarter,
                        "targets",
                        List.of(Map.of("indicatorCode", "WOMEN_CASES", "target", 5))));
        assertThat(settled.errorCode()).isEqualTo("CONFLICT");
        gql.post(
                        leadI,
                        SET_TARGETS,
                        "i",
                        Map.of(
                                "projectId",
                                projectI,
                                "quarter",
                                quarter,
                                "targets",
                                List.of(Map.of("indicatorCode", "WOMEN_CASES", "stationId", i2, "target", 5))))
                .ok(); // i2's quarter is still open
        assertThat((String) approvedAgain.data("submitAssessment.status")).isEqualTo("SUBMITTED");

        assertThat(OwnerConnection.count("SELECT count(*) FROM audit_event WHERE station_id = '" + i1
                        + "' AND subject_type = 'Assessment' AND subject_id = '" + i1 + "/" + quarter + "'"))
                .isEqualTo(9); // submitted, returned, submitted, reviewed, approved, reopened, and again to approved
    }

    @Test
    void aRoleCountsOnlyInTheProjectItWasGrantedFor() {
        // supervisor of world project A and lead of project I: no supervisor in I; viewer of bureau B and lead of I: no
        // bureau in I
        var supervisorElsewhere = twoGrants("se", "SUPERVISOR", "projectId", world.projectA);
        var bureauElsewhere = twoGrants("be", "BUREAU_VIEWER", "bureauId", world.bureauB);
        var quarter = "2024Q1";
        // as lead of I it may set I's targets
        gql.post(
                        supervisorElsewhere,
                        SET_TARGETS,
                        "i",
                        Map.of(
                                "projectId",
                                projectI,
                                "quarter",
                                quarter,
                                "targets",
                                List.of(Map.of("indicatorCode", "YOUTH_CASES", "target", 1))))
                .ok();
        records.step(workerI2, "submitAssessment", i2, quarter, 0, null).ok();
        assertThat(records.review(supervisorElsewhere, i2, quarter, 1, true, null)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        records.review(supervisorI, i2, quarter, 1, true, null).ok();
        assertThat(records.step(bureauElsewhere, "approveAssessment", i2, quarter, 2, null)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        records.step(viewerI, "approveAssessment", i2, quarter, 2, null).ok();
    }

    /** A user who leads project I and holds another role elsewhere, signed in after both grants. */
    private String twoGrants(String prefix, String role, String targetField, String targetId) {
        var username = prefix + tag;
        var id = gql.create(
                world.admin(),
                "createUser",
                "{username: \"" + username + "\", displayName: \"" + username + "\", password: \"" + ApiWorld.PASSWORD
                        + "\"}");
        gql.create(
                world.admin(),
                "grantRole",
                "{userId: \"" + id + "\", role: " + role + ", " + targetField + ": \"" + targetId + "\"}");
        gql.create(
                world.admin(),
                "grantRole",
                "{userId: \"" + id + "\", role: PROJECT_LEAD, projectId: \"" + projectI + "\"}");
        return gql.login(username, ApiWorld.PASSWORD);
    }

    @Test
    void aStaleCorrectionIsRefusedAndARetriedEntryIsNotRecordedTwice() throws SQLException {
        var id = UUID.randomUUID().toString();
        var input = ServiceRecords.caseInput("ELDERLY", "COUNSELLING", 3, "2025-11-03", true);
        var first = records.logCase(workerI1, id, i1, input).ok();
        assertThat((Integer) first.data("logCase.version")).isEqualTo(1);
        records.logCase(workerI1, id, i1, input).ok(); // a retry
        assertThat(OwnerConnection.count("SELECT count(*) FROM service_case WHERE id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(records.logCase(workerI2, id, i2, input).errorCode()).isEqualTo("CONFLICT");

        var more = new java.util.HashMap<>(input);
        more.put("sessions", 5);
        var corrected = records.correctCase(workerI1, id, 1, more).ok();
        assertThat((Integer) corrected.data("correctCase.version")).isEqualTo(2);
        assertThat((Boolean) corrected.data("correctCase.counts")).isTrue();
        more.put("sessions", 9);
        var stationCount = "SELECT revision::int FROM record_revision WHERE station_id = '" + i1 + "'";
        var written = OwnerConnection.count(stationCount);
        var stale = records.correctCase(leadI, id, 1, more);
        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(stale.errorMessage()).contains("版本 2");
        assertThat(OwnerConnection.count("SELECT sessions FROM service_case WHERE id = '" + id + "'"))
                .isEqualTo(5);
        assertThat(OwnerConnection.count(stationCount)).isEqualTo(written); // nothing counted either

        // the project's lead corrects it on the version it has: the row carries its station's new
        // count, what a kept quarter reads its changed rows by (V202612021800__record_revision.sql)
        records.correctCase(leadI, id, 2, more).ok();
        assertThat(OwnerConnection.count(stationCount)).isEqualTo(written + 1);
        assertThat(OwnerConnection.count("SELECT revised::int FROM service_case WHERE id = '" + id + "'"))
                .isEqualTo(written + 1);
    }

    @Test
    void badInputNamesItsFieldAndWritesNothing() throws SQLException {
        var before = OwnerConnection.count("SELECT count(*) FROM service_group WHERE station_id = '" + i1 + "'");
        var tooMany = records.group(workerI1, i1, "2025-12-01", 8, 8, 9, 8, 8, 8);
        assertThat(tooMany.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(tooMany.errorField()).isEqualTo("input.group.sessions[1].attendance");
        var early = records.logCase(
                workerI1,
                UUID.randomUUID().toString(),
                i1,
                Map.of(
                        "domain",
                        "YOUTH",
                        "kind",
                        "REFERRAL",
                        "clientRef",
                        "R-1",
                        "openedOn",
                        "2025-12-02",
                        "filedOn",
                        "2025-12-01",
                        "sessions",
                        1));
        assertThat(early.errorField()).isEqualTo("input.case.filedOn");
        var unknown = gql.post(
                leadI,
                SET_TARGETS,
                "i",
                Map.of(
                        "projectId",
                        projectI,
                        "quarter",
                        "2025Q4",
                        "targets",
                        List.of(
                                Map.of("indicatorCode", "YOUTH_CASES", "target", 3),
                                Map.of("indicatorCode", "NO_SUCH", "target", 3))));
        assertThat(unknown.errorField()).isEqualTo("input.targets[1].indicatorCode");
        assertThat(OwnerConnection.count("SELECT count(*) FROM indicator_target WHERE project_id = '" + projectI
                        + "' AND quarter = '2025Q4'"))
                .isZero();
        assertThat(OwnerConnection.count("SELECT count(*) FROM service_group WHERE station_id = '" + i1 + "'"))
                .isEqualTo(before);
    }

    @Test
    void everyNewFieldKeepsToItsStationAndItsBureau() {
        var quarter = "2026Q1";
        var caseId = (String) records.logCase(workerI1, i1, "CONSULTATION", 1, "2026-01-05", true)
                .ok()
                .data("logCase.id");
        records.group(workerI1, i1, "2026-01-05", 8, 8, 8, 8, 8, 8).ok();
        records.activity(workerI1, i1, "YOUTH", "PUBLICITY", "2026-01-05", 10, 30)
                .ok();
        records.visit(workerI1, i1, "HOME", "2026-01-06", 45).ok();
        records.volunteerEvent(workerI1, i1, "SERVICE", "2026-01-07").ok();
        records.survey(workerI1, i1, "2026-01-08", 5).ok();
        var lists = List.of("cases", "groups", "activities", "visits", "volunteerEvents", "surveys");
        var fields = "{ assessment(quarter: \"2026Q1\") { status } "
                + String.join(
                        " ",
                        lists.stream()
                                .map(list -> list + "(quarter: \"2026Q1\") { edges { node { id } } }")
                                .toList())
                + " }";
        var read = "query($s: ID!) { station(id: $s) " + fields + " }";
        var own = gql.post(workerI1, read, "s", i1).ok();
        for (var list : lists) {
            assertThat((List<?>) own.data("station." + list + ".edges"))
                    .as(list)
                    .hasSize(1);
        }
        assertThat((List<?>) gql.post(viewerI, read, "s", i1).ok().data("station.cases.edges"))
                .hasSize(1);
        // another station of the project, another bureau: nothing
        assertThat((Object) gql.post(workerI2, read, "s", i1).ok().data("station"))
                .isNull();
        assertThat((Object) gql.post(world.token("viewerB"), read, "s", i1).ok().data("station"))
                .isNull();
        assertThat((Object)
                        gql.post(world.token("workerB1"), read, "s", i1).ok().data("station"))
                .isNull();
        assertThat(gql.post(
                                world.token("viewerB"),
                                "query($p: ID!) { assessments(projectId: $p, quarter: \"2026Q1\") { status } }",
                                "p",
                                projectI)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(
                                world.token("viewerB"),
                                "query($p: ID!) { indicatorTargets(projectId: $p, quarter: \"2026Q1\") { target } }",
                                "p",
                                projectI)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        // writes with another station's or bureau's ids
        assertThat(records.logCase(workerI2, i1, "CONSULTATION", 1, "2026-01-06", true)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(records.logCase(workerI1, world.b1, "CONSULTATION", 1, "2026-01-06", true)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(records.logCase(viewerI, i1, "CONSULTATION", 1, "2026-01-06", true)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        var input = ServiceRecords.caseInput("YOUTH", "CONSULTATION", 2, "2026-01-05", true);
        assertThat(records.correctCase(workerI2, caseId, 1, input).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(records.correctCase(world.token("workerB1"), caseId, 1, input)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(records.survey(world.token("workerB1"), i1, "2026-01-06", 5).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(records.step(world.token("workerB1"), "submitAssessment", i1, quarter, 0, null)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(records.step(world.token("viewerB"), "approveAssessment", i1, quarter, 0, null)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(
                                world.token("leadA"),
                                SET_TARGETS,
                                "i",
                                Map.of(
                                        "projectId",
                                        projectI,
                                        "quarter",
                                        quarter,
                                        "targets",
                                        List.of(Map.of("indicatorCode", "YOUTH_CASES", "target", 3))))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(
                                leadI,
                                SET_TARGETS,
                                "i",
                                Map.of(
                                        "projectId",
                                        projectI,
                                        "quarter",
                                        quarter,
                                        "targets",
                                        List.of(Map.of(
                                                "indicatorCode", "YOUTH_CASES", "stationId", world.b1, "target", 3))))
                        .errorField())
                .isEqualTo("input.targets[0].stationId");
        assertThat(gql.post(
                                workerI1,
                                SET_TARGETS,
                                "i",
                                Map.of(
                                        "projectId",
                                        projectI,
                                        "quarter",
                                        quarter,
                                        "targets",
                                        List.of(Map.of("indicatorCode", "YOUTH_CASES", "target", 3))))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void theQuarterlyReturnDownloadsAsAWorkbookOfTheStationsTheCallerReads() throws Exception {
        records.activity(workerI1, i1, "RURAL", "MEDIUM", "2026-04-08", 49, 90).ok(); // falls short
        var url = "/exports/quarterly-return/" + projectI + "/2026Q2";
        var asBureau = download(viewerI, url);
        assertThat(asBureau.getStatus().getCode()).isEqualTo(200);
        assertThat(asBureau.getContentType().orElseThrow().toString())
                .startsWith(cn.sgz.infra.export.Workbook.MEDIA_TYPE);
        assertThat(asBureau.header("Content-Disposition"))
                .contains("attachment")
                .contains(".xlsx");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(asBureau.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("项目汇总");
            var summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("站点");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("指标一站");
            assertThat(summary.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(1.0);
            var station = workbook.getSheet("指标一站");
            assertThat(station.getRow(1).getCell(1).getStringCellValue()).isEqualTo("指标名称");
            assertThat(station.getRow(2).getCell(1).getStringCellValue()).isEqualTo("儿童青少年个案");
            var last = station.getRow(station.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("社区活动");
            assertThat(last.getCell(2).getStringCellValue()).contains("50");
        }
        // a worker's return holds its own station only
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(download(workerI2, url).body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(1)).isEqualTo("指标二站");
        }
        assertThat(download(world.token("viewerB"), url).getStatus().getCode()).isEqualTo(404);
        assertThat(download(null, url).getStatus().getCode()).isEqualTo(401);
        var bad = download(viewerI, "/exports/quarterly-return/" + projectI + "/2026Q5");
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("BAD_USER_INPUT");
    }

    private io.micronaut.http.HttpResponse<byte[]> download(String token, String url) {
        var request = io.micronaut.http.HttpRequest.GET(url);
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return client.toBlocking().exchange(request, byte[].class);
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            var response = (io.micronaut.http.HttpResponse<byte[]>) e.getResponse();
            return io.micronaut.http.HttpResponse.<byte[]>status(response.getStatus())
                    .body(e.getResponse().getBody(byte[].class).orElse(new byte[0]));
        }
    }

    static final String SET_TARGETS = """
            mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { indicatorCode stationId target } }""";

    private void assertCounts(Gql.Response response, String mutation, boolean counts, String... shortfalls) {
        response.ok();
        assertThat((Boolean) response.data(mutation + ".counts"))
                .as("%s counts", response.body())
                .isEqualTo(counts);
        List<Map<String, Object>> reasons = response.data(mutation + ".shortfalls");
        assertThat(reasons).extracting(reason -> reason.get("code")).containsExactly((Object[]) shortfalls);
    }

    private String station(String name) {
        return gql.create(
                world.admin(),
                "createStation",
                "{projectId: \"" + projectI + "\", name: \"" + name + "\", kind: TOWN, regionCode: \"411000001\"}");
    }

    private String user(String prefix, String role, String targetField, String targetId) {
        return ApiWorld.signedInUser(gql, world.admin(), prefix + tag, role, targetField, targetId);
    }
}
