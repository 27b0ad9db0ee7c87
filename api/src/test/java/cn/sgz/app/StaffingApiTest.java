package cn.sgz.app;

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
 * Staffing through the API, in a bureau of its own (S: project S with stations s1 and s2, its lead,
 * a worker at s1 and a viewer), beside the shared world's bureaus A and B for isolation.
 */
@MicronautTest(transactional = false)
class StaffingApiTest extends ApiTest {
    static final String HIRE = """
            mutation($p: ID!, $n: String!, $id: String!, $level: QualificationLevel, $cert: Date, $hired: Date!, $relevant: Boolean!) {
              hireStaff(input: {projectId: $p, name: $n, gender: FEMALE, phone: "13812345678", idNumber: $id,
                degree: BACHELOR, major: "社会工作", majorRelevant: $relevant, qualificationLevel: $level,
                certificateNumber: "Z001", certificateDate: $cert, experienceYears: 3, employmentType: FULL_TIME,
                hiredOn: $hired}) { id name phone idNumber }
            }""";
    static final String ASSIGN = """
            mutation($staff: ID!, $station: ID, $from: Date!, $to: Date) {
              assignStaff(input: {staffId: $staff, role: WORKER, stationId: $station, startsOn: $from, endsOn: $to}) { id station { id } }
            }""";
    static final String END = """
            mutation($a: ID!, $on: Date!, $leaves: Boolean) {
              endStaffAssignment(input: {assignmentId: $a, endsOn: $on, leaves: $leaves}) { id endsOn }
            }""";
    static final String ROSTER = """
            query($s: ID!, $on: Date) { station(id: $s) { staffing(asOf: $on) {
              required qualifiedFullTime compliant members { qualified misses staff { name phone idNumber } } } } }""";
    static final String COMPLIANCE = """
            query($s: ID!, $q: Quarter!) { station(id: $s) { staffingCompliance(quarter: $q) {
              days compliantDays vacancyDays complianceRate compliant leavers
              qualificationGaps { name misses } trainingGaps { name initialTrainingMissed skillsTrainingMissed } } } }""";

    String tag;
    String bureauS, projectS, s1, s2;
    String leadS, workerS1, viewerS;

    @BeforeAll
    void buildBureauS() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        bureauS = gql.create(admin, "createBureau", "{name: \"配备局" + tag + "\", regionCode: \"411000\"}");
        projectS = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureauS + "\", name: \"配备项目\", agencyName: \"配备机构" + tag + "\", year: 2026}");
        s1 = station("配备一站", "411000001");
        s2 = station("配备二站", "411000002");
        leadS = user("ls", "PROJECT_LEAD", "projectId", projectS);
        workerS1 = user("ws", "STATION_WORKER", "stationId", s1);
        viewerS = user("vs", "BUREAU_VIEWER", "bureauId", bureauS);
    }

    @Test
    void aLeadHiresAndPostsAndEachRoleSeesWhatItMay() throws SQLException {
        var staff = hire(leadS, "张敏", idNumber(1), "2025-03-01", true);
        assertThat(staff.get("phone")).isEqualTo("138****5678");
        assign(leadS, (String) staff.get("id"), s1, "2025-03-01", null);

        var asLead = gql.post(leadS, ROSTER, "s", s1, "on", "2026-01-15").ok();
        assertThat((String) asLead.data("station.staffing.members.0.staff.idNumber"))
                .matches("4110\\*+\\d{3}[0-9X]");
        var asWorker = gql.post(workerS1, ROSTER, "s", s1, "on", "2026-01-15").ok();
        assertThat((String) asWorker.data("station.staffing.members.0.staff.name"))
                .isEqualTo("张敏");
        assertThat((Object) asWorker.data("station.staffing.members.0.staff.idNumber"))
                .isNull();
        assertThat((String) gql.post(viewerS, ROSTER, "s", s1, "on", "2026-01-15")
                        .ok()
                        .data("station.staffing.members.0.staff.idNumber"))
                .contains("****");

        var identity = "query($id: ID!) { staffIdentity(staffId: $id) { phone idNumber } }";
        var clear = gql.post(leadS, identity, "id", staff.get("id")).ok();
        assertThat((String) clear.data("staffIdentity.phone")).isEqualTo("13812345678");
        assertThat((String) clear.data("staffIdentity.idNumber")).isEqualTo(idNumber(1));
        assertThat(gql.post(viewerS, identity, "id", staff.get("id")).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(gql.post(workerS1, identity, "id", staff.get("id")).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'PERSONAL_DATA_READ' AND subject_id = '"
                                + staff.get("id") + "'"))
                .isEqualTo(1);
        assertThat(OwnerConnection.count("SELECT count(*) FROM staff_member WHERE id = '" + staff.get("id")
                        + "' AND position('" + idNumber(1) + "' in encode(id_number_cipher, 'escape')) = 0"))
                .as("the ID number is not stored in clear")
                .isEqualTo(1);
    }

    @Test
    void aWorkerLinkedToTheirStaffRecordSeesTheirOwnIdNumberOnly() {
        String me = gql.post(workerS1, "{ me { id } }").ok().data("me.id");
        var own = (String) hire(leadS, "冯雪", idNumber(15), "2025-03-01", true).get("id");
        var colleague =
                (String) hire(leadS, "韩冰", idNumber(16), "2025-03-01", true).get("id");
        assign(leadS, own, s1, "2025-03-01", "2025-12-31");
        assign(leadS, colleague, s1, "2025-03-01", "2025-12-31");
        var link = "mutation($s: ID!, $u: ID!) { linkStaffAccount(staffId: $s, userId: $u) { id } }";
        assertThat(gql.post(leadS, link, "s", own, "u", me).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(gql.post(
                                world.admin(),
                                link,
                                "s",
                                own,
                                "u",
                                UUID.randomUUID().toString())
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        gql.post(world.admin(), link, "s", own, "u", me).ok();

        List<Map<String, Object>> members =
                gql.post(workerS1, ROSTER, "s", s1, "on", "2025-06-01").ok().data("station.staffing.members");
        assertThat(members)
                .extracting(member -> (Map<?, ?>) member.get("staff"))
                .filteredOn(staff -> staff.get("name").equals("冯雪"))
                .singleElement()
                .satisfies(staff -> assertThat((String) staff.get("idNumber")).contains("****"));
        assertThat(members)
                .extracting(member -> (Map<?, ?>) member.get("staff"))
                .filteredOn(staff -> !staff.get("name").equals("冯雪"))
                .allSatisfy(staff -> assertThat(staff.get("idNumber")).isNull());
    }

    @Test
    void theDatabaseRefusesTwoFullTimePostsAtOnceEvenAcrossProjects() {
        var staff = (String) hire(leadS, "李强", idNumber(2), "2025-03-01", true).get("id");
        var first = assign(leadS, staff, s1, "2026-01-01", null);
        var overlap = gql.post(leadS, ASSIGN, "staff", staff, "station", s2, "from", "2026-02-01", "to", null);
        assertThat(overlap.errorCode()).isEqualTo("CONFLICT");
        assertThat(overlap.errorMessage()).contains("全职");

        gql.post(leadS, END, "a", first, "on", "2026-01-31", "leaves", false).ok();
        assign(leadS, staff, s2, "2026-02-01", null);

        // the same person (same ID number) hired again by another bureau's project
        var elsewhere = (String) hire(world.admin(), "李强", idNumber(2), "2026-01-01", true, world.projectB)
                .get("id");
        var acrossProjects = gql.post(
                world.admin(), ASSIGN, "staff", elsewhere, "station", world.b1, "from", "2026-03-01", "to", null);
        assertThat(acrossProjects.errorCode()).isEqualTo("CONFLICT");
        // it says no more than that: not the other side's dates, station or project
        assertThat(acrossProjects.errorMessage()).isEqualTo("该人员在此期间已有全职站点岗位，一人同一时间只能在一个站点全职");
        assertThat(acrossProjects.errors().getFirst().toString())
                .doesNotContain("2026-02-01")
                .doesNotContain(s2)
                .doesNotContain(projectS);
    }

    @Test
    void complianceCountsAVacancyInEachQuarterItSpans() {
        var station = station("配备三站", "411000003");
        var stays = (String) hire(leadS, "王芳", idNumber(3), "2025-01-01", true).get("id");
        var leaves = (String) hire(leadS, "赵磊", idNumber(4), "2025-01-01", true).get("id");
        var successor =
                (String) hire(leadS, "孙丽", idNumber(5), "2025-01-01", true).get("id");
        assign(leadS, stays, station, "2025-01-01", null);
        var leaving = assign(leadS, leaves, station, "2025-01-01", null);
        gql.post(leadS, END, "a", leaving, "on", "2026-03-10", "leaves", true).ok();
        assign(leadS, successor, station, "2026-04-20", null);

        var q1 = gql.post(leadS, COMPLIANCE, "s", station, "q", "2026Q1").ok();
        assertThat((Integer) q1.data("station.staffingCompliance.vacancyDays")).isEqualTo(21);
        assertThat((Integer) q1.data("station.staffingCompliance.leavers")).isEqualTo(1);
        assertThat((Boolean) q1.data("station.staffingCompliance.compliant")).isFalse();
        var q2 = gql.post(viewerS, COMPLIANCE, "s", station, "q", "2026Q2").ok();
        assertThat((Integer) q2.data("station.staffingCompliance.days")).isEqualTo(91);
        assertThat((Integer) q2.data("station.staffingCompliance.vacancyDays")).isEqualTo(19);
        assertThat((Double) q2.data("station.staffingCompliance.complianceRate"))
                .isEqualTo(72 / 91.0);

        var overview = gql.post(
                        viewerS,
                        "query($p: ID!) { staffingOverview(projectId: $p, quarter: \"2026Q1\") { station { name } compliant vacancyDays } }",
                        "p",
                        projectS)
                .ok();
        List<Map<String, Object>> rows = overview.data("staffingOverview");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.getFirst().get("compliant")).isEqualTo(false);
    }

    @Test
    void anUncertifiedWorkerAndMissedTrainingAreNamed() {
        var station = station("配备四站", "411000004");
        var certified =
                (String) hire(leadS, "周洁", idNumber(6), "2026-01-05", true).get("id");
        var uncertified =
                (String) hire(leadS, "吴刚", idNumber(7), "2026-01-05", false).get("id");
        assign(leadS, certified, station, "2026-01-05", null);
        assign(leadS, uncertified, station, "2026-01-05", null);
        gql.post(
                        leadS,
                        "mutation($p: ID!, $who: [ID!]!) { recordTraining(input: {projectId: $p, kind: INITIAL, heldOn: \"2026-01-20\", hours: 8, topic: \"初任培训\", attendees: $who}) }",
                        "p",
                        projectS,
                        "who",
                        List.of(certified))
                .ok();
        var compliance =
                gql.post(leadS, COMPLIANCE, "s", station, "q", "2026Q1").ok();
        List<Map<String, Object>> gaps = compliance.data("station.staffingCompliance.qualificationGaps");
        assertThat(gaps)
                .singleElement()
                .satisfies(gap -> assertThat(gap.get("name")).isEqualTo("吴刚"));
        List<Map<String, Object>> training = compliance.data("station.staffingCompliance.trainingGaps");
        assertThat(training).extracting(gap -> gap.get("name")).containsExactlyInAnyOrder("周洁", "吴刚");
        assertThat(training)
                .filteredOn(gap -> gap.get("name").equals("吴刚"))
                .singleElement()
                .satisfies(gap -> assertThat(gap.get("initialTrainingMissed")).isEqualTo(true));
    }

    @Test
    void otherProjectsAndBureausSeeNothingOfIt() {
        var staff = (String) hire(leadS, "郑红", idNumber(8), "2025-03-01", true).get("id");
        assign(leadS, staff, s2, "2025-03-01", null);
        // another station's worker, another project's lead, another bureau's viewer
        for (var outsider : List.of(world.token("workerB1"), world.token("leadA"), world.token("viewerB"), workerS1)) {
            assertThat((Object) gql.post(outsider, ROSTER, "s", s2, "on", "2026-01-15")
                            .ok()
                            .data("station"))
                    .isNull();
            assertThat(gql.post(outsider, "query($id: ID!) { staffIdentity(staffId: $id) { phone } }", "id", staff)
                            .errorCode())
                    .isIn("NOT_FOUND", "FORBIDDEN");
        }
        for (var outsider : List.of(world.token("leadA"), world.token("viewerB"), world.token("workerB1"))) {
            var overview = gql.post(
                    outsider,
                    "query($p: ID!) { staffingOverview(projectId: $p, quarter: \"2026Q1\") { vacancyDays } }",
                    "p",
                    projectS);
            assertThat(overview.errorCode()).isEqualTo("NOT_FOUND");
            assertThat(gql.post(
                                    outsider,
                                    "query($p: ID!) { staffingRules(projectId: $p) { fullTimeWorkers } }",
                                    "p",
                                    projectS)
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
        }
        var intrusion = gql.post(
                world.token("leadA"),
                HIRE,
                "p",
                projectS,
                "n",
                "越权",
                "id",
                idNumber(9),
                "level",
                "ASSISTANT",
                "cert",
                "2024-01-01",
                "hired",
                "2026-01-01",
                "relevant",
                true);
        assertThat(intrusion.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(gql.post(viewerS, ASSIGN, "staff", staff, "station", s1, "from", "2027-01-01", "to", null)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(gql.post(
                                world.token("leadA"),
                                ASSIGN,
                                "staff",
                                staff,
                                "station",
                                world.a1,
                                "from",
                                "2027-01-01",
                                "to",
                                null)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void everyStaffingChangeIsRefusedOutsideTheCallersProject() {
        var staff = (String) hire(leadS, "钱进", idNumber(11), "2025-03-01", true).get("id");
        var posting = assign(leadS, staff, s1, "2025-03-01", null);
        var outsider = world.token("leadA");
        assertThat(gql.post(outsider, END, "a", posting, "on", "2026-01-31", "leaves", false)
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(viewerS, END, "a", posting, "on", "2026-01-31", "leaves", false)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        var rules =
                "mutation($p: ID!) { setStaffingRules(input: {projectId: $p, fullTimeWorkers: 1, qualificationLevels: [SENIOR], minExperienceYears: 0, requireRelevantDegree: false}) { fullTimeWorkers } }";
        assertThat(gql.post(outsider, rules, "p", projectS).errorCode()).isEqualTo("NOT_FOUND");
        assertThat(gql.post(viewerS, rules, "p", projectS).errorCode()).isEqualTo("FORBIDDEN");
        var training =
                "mutation($p: ID!, $who: [ID!]!) { recordTraining(input: {projectId: $p, kind: SKILLS, heldOn: \"2026-02-01\", hours: 4, topic: \"技能\", attendees: $who}) }";
        assertThat(gql.post(outsider, training, "p", projectS, "who", List.of(staff))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(workerS1, training, "p", projectS, "who", List.of(staff))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        var supervision =
                "mutation($s: ID!, $by: ID!, $who: [ID!]!) { recordSupervision(input: {stationId: $s, kind: GROUP, heldOn: \"2026-02-01\", supervisorId: $by, topic: \"督导\", attendees: $who}) }";
        assertThat(gql.post(outsider, supervision, "s", s1, "by", staff, "who", List.of(staff))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        // people of another project cannot be entered as attendees either
        var stranger = (String) hire(world.admin(), "外人", idNumber(12), "2026-01-01", true, world.projectB)
                .get("id");
        assertThat(gql.post(leadS, supervision, "s", s1, "by", staff, "who", List.of(stranger))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(leadS, training, "p", projectS, "who", List.of(stranger))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        // an ended posting keeps its end
        gql.post(leadS, END, "a", posting, "on", "2026-01-31", "leaves", false).ok();
        assertThat(gql.post(leadS, END, "a", posting, "on", "2026-01-15", "leaves", false)
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void supervisionIsCountedPerStationAndQuarter() {
        var station = station("配备五站", "411000005");
        var supervisor =
                (String) hire(leadS, "督导吕", idNumber(13), "2024-01-01", true).get("id");
        var worker =
                (String) hire(leadS, "社工施", idNumber(14), "2026-01-01", true).get("id");
        assign(leadS, worker, station, "2026-01-01", null);
        var supervision =
                "mutation($s: ID!, $k: SupervisionKind!, $on: Date!, $by: ID!, $who: [ID!]!) { recordSupervision(input: {stationId: $s, kind: $k, heldOn: $on, supervisorId: $by, topic: \"督导\", attendees: $who}) }";
        for (var held : List.of("INDIVIDUAL 2026-02-10", "GROUP 2026-03-10", "GROUP 2026-04-10")) {
            var kindAndDay = held.split(" ");
            gql.post(
                            leadS,
                            supervision,
                            "s",
                            station,
                            "k",
                            kindAndDay[0],
                            "on",
                            kindAndDay[1],
                            "by",
                            supervisor,
                            "who",
                            List.of(worker))
                    .ok();
        }
        var counts =
                "query($s: ID!, $q: Quarter!) { station(id: $s) { staffingCompliance(quarter: $q) { individualSupervisions groupSupervisions } } }";
        var q1 = gql.post(viewerS, counts, "s", station, "q", "2026Q1").ok();
        assertThat((Integer) q1.data("station.staffingCompliance.individualSupervisions"))
                .isEqualTo(1);
        assertThat((Integer) q1.data("station.staffingCompliance.groupSupervisions"))
                .isEqualTo(1);
        assertThat((Integer) gql.post(viewerS, counts, "s", station, "q", "2026Q2")
                        .ok()
                        .data("station.staffingCompliance.groupSupervisions"))
                .isEqualTo(1);
        var individualForTwo = gql.post(
                leadS,
                supervision,
                "s",
                station,
                "k",
                "INDIVIDUAL",
                "on",
                "2026-02-11",
                "by",
                supervisor,
                "who",
                List.of(worker, supervisor));
        assertThat(individualForTwo.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(individualForTwo.errorField()).isEqualTo("input.attendees");
    }

    @Test
    void rulesAreConfigurablePerProject() {
        var set = gql.post(
                        leadS,
                        "mutation($p: ID!) { setStaffingRules(input: {projectId: $p, fullTimeWorkers: 3, qualificationLevels: [INTERMEDIATE, SENIOR], minExperienceYears: 1, requireRelevantDegree: false}) { fullTimeWorkers qualificationLevels } }",
                        "p",
                        projectS)
                .ok();
        assertThat((Integer) set.data("setStaffingRules.fullTimeWorkers")).isEqualTo(3);
        assertThat((Integer) gql.post(
                                viewerS,
                                "query($p: ID!) { staffingRules(projectId: $p) { fullTimeWorkers } }",
                                "p",
                                projectS)
                        .ok()
                        .data("staffingRules.fullTimeWorkers"))
                .isEqualTo(3);
        assertThat((Integer) gql.post(
                                world.token("viewerA"),
                                "query($p: ID!) { staffingRules(projectId: $p) { fullTimeWorkers } }",
                                "p",
                                world.projectA)
                        .ok()
                        .data("staffingRules.fullTimeWorkers"))
                .isEqualTo(2);
        // back to the contract, for the other tests of this class
        gql.post(
                        leadS,
                        "mutation($p: ID!) { setStaffingRules(input: {projectId: $p, fullTimeWorkers: 2, qualificationLevels: [ASSISTANT, INTERMEDIATE, SENIOR], minExperienceYears: 2, requireRelevantDegree: true}) { fullTimeWorkers } }",
                        "p",
                        projectS)
                .ok();
    }

    @Test
    void badStaffingInputIsNamed() {
        var badId = gql.post(
                leadS,
                HIRE,
                "p",
                projectS,
                "n",
                "错号",
                "id",
                "12345",
                "level",
                null,
                "cert",
                null,
                "hired",
                "2026-01-01",
                "relevant",
                true);
        assertThat(badId.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(badId.errorField()).isEqualTo("input.idNumber");
        var early = (String) hire(leadS, "早到", idNumber(17), "2026-03-01", true).get("id");
        var beforeHire = gql.post(leadS, ASSIGN, "staff", early, "station", s1, "from", "2026-02-01", "to", null);
        assertThat(beforeHire.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(beforeHire.errorField()).isEqualTo("input.startsOn");
        var badQuarter = gql.post(leadS, COMPLIANCE, "s", s1, "q", "2026Q5");
        assertThat(badQuarter.errorCode()).isEqualTo("BAD_USER_INPUT");
        // a value the Quarter scalar refuses names the variable it came in, or the argument
        assertThat(badQuarter.errorField()).isEqualTo("q");
        assertThat(badQuarter.errorMessage()).isEqualTo("q 的值无效：2026Q5 不是有效的季度（应形如 2026Q1）");
        var literal = gql.post(
                leadS,
                "query($p: ID!) { staffingOverview(projectId: $p, quarter: \"2026Q7\") { vacancyDays } }",
                "p",
                projectS);
        assertThat(literal.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(literal.errorField()).isEqualTo("quarter");
        var duplicate = hire(leadS, "重复", idNumber(10), "2026-01-01", true);
        assertThat(gql.post(
                                leadS,
                                HIRE,
                                "p",
                                projectS,
                                "n",
                                "重复",
                                "id",
                                idNumber(10),
                                "level",
                                "ASSISTANT",
                                "cert",
                                "2024-01-01",
                                "hired",
                                "2026-01-01",
                                "relevant",
                                true)
                        .errorCode())
                .isEqualTo("CONFLICT");
        assertThat(duplicate.get("id")).isNotNull();
    }

    /** A further station of project S, made by the admin. */
    private String station(String name, String regionCode) {
        return gql.create(
                world.admin(),
                "createStation",
                "{projectId: \"" + projectS + "\", name: \"" + name + "\", kind: TOWN, regionCode: \"" + regionCode
                        + "\"}");
    }

    private Map<String, Object> hire(String token, String name, String idNumber, String hiredOn, boolean certified) {
        return hire(token, name, idNumber, hiredOn, certified, projectS);
    }

    private Map<String, Object> hire(
            String token, String name, String idNumber, String hiredOn, boolean certified, String project) {
        return gql.post(
                        token,
                        HIRE,
                        "p",
                        project,
                        "n",
                        name,
                        "id",
                        idNumber,
                        "level",
                        certified ? "ASSISTANT" : null,
                        "cert",
                        certified ? "2024-01-01" : null,
                        "hired",
                        hiredOn,
                        "relevant",
                        certified)
                .ok()
                .data("hireStaff");
    }

    private String assign(String token, String staff, String station, String from, String to) {
        return gql.post(token, ASSIGN, "staff", staff, "station", station, "from", from, "to", to)
                .ok()
                .data("assignStaff.id");
    }

    /** A well-formed, unique 18-digit ID number for this run. */
    private String idNumber(int n) {
        return "411082" + "1990" + String.format("%06d", Math.abs((tag + n).hashCode()) % 1_000_000)
                + "%02d".formatted(n % 100);
    }

    private String user(String prefix, String role, String targetField, String targetId) {
        return ApiWorld.signedInUser(gql, world.admin(), prefix + tag, role, targetField, targetId);
    }
}
