package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.RealServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false, environments = "demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataApiTest implements RealServers {
    static final String PASSWORD = "Demo@2026";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    ApplicationEventPublisher<StartupEvent> startup;

    @Inject
    cn.sgz.infra.deadline.DeadlineSweep sweep;

    Gql gql;

    @BeforeAll
    void setUp() {
        gql = new Gql(client);
    }

    @Test
    void theBureauSeesItsSixteenStations() {
        var stations = gql.post(login("bureau"), "{ stations(first: 100) { edges { node { name kind } } } }")
                .ok();
        assertThat(stations.names("stations"))
                .hasSize(16)
                .contains("建设路街道", "长兴路街道", "长社路街道", "金桥路街道", "和尚桥镇", "佛耳湖镇", "古桥镇");
    }

    @Test
    void workersComeInPairsPerStationInOrder() {
        assertThat(ownStation("worker01")).isEqualTo("建设路街道");
        assertThat(ownStation("worker02")).isEqualTo("建设路街道");
        assertThat(ownStation("worker03")).isEqualTo("长兴路街道");
        assertThat(ownStation("worker09")).isEqualTo("和尚桥镇");
        assertThat(ownStation("worker32")).isEqualTo("古桥镇");
    }

    @Test
    void theSecondBureauIsIsolatedFromTheFirst() {
        assertThat(gql.post(login("bureau2"), TenancyApiTest.STATIONS).ok().names("stations"))
                .containsExactlyInAnyOrder("夏都街道", "颍川街道", "钧台街道");
        assertThat(gql.post(login("lead2"), TenancyApiTest.STATIONS).ok().names("stations"))
                .doesNotContain("建设路街道");
        assertThat(gql.post(login("lead"), TenancyApiTest.STATIONS).ok().names("stations"))
                .hasSize(16)
                .doesNotContain("夏都街道");
    }

    @Test
    void everyDemoRoleCanSignIn() {
        for (var user : new String[] {"admin", "bureau", "lead", "supervisor", "bureau2", "lead2"}) {
            assertThat(login(user)).isNotBlank();
        }
    }

    @Test
    void loadingAgainChangesNothing() {
        startup.publishEvent(new StartupEvent(context));
        assertThat(gql.post(login("bureau"), TenancyApiTest.STATIONS).ok().names("stations"))
                .hasSize(16);
    }

    @Test
    void theDemoStaffingShowsItsGaps() {
        var lead = login("lead");
        String project = gql.post(lead, "{ projects { id } }").ok().data("projects.0.id");
        var overview =
                "query($p: ID!, $q: Quarter!) { staffingOverview(projectId: $p, quarter: $q) { station { name } vacancyDays compliant qualificationGaps { misses } } }";
        List<Map<String, Object>> q1 =
                gql.post(lead, overview, "p", project, "q", "2026Q1").ok().data("staffingOverview");
        assertThat(q1).hasSize(16);
        assertThat(vacancy(q1, "坡胡镇")).isEqualTo(46); // 1 January to 15 February
        assertThat(vacancy(q1, "南席镇")).isEqualTo(90); // an uncertified worker all quarter
        assertThat(vacancy(q1, "建设路街道")).isZero();
        List<Map<String, Object>> q2 =
                gql.post(lead, overview, "p", project, "q", "2026Q2").ok().data("staffingOverview");
        assertThat(vacancy(q2, "长兴路街道")).isEqualTo(37); // 16 May to 21 June
        assertThat(q2.getFirst().get("compliant")).isEqualTo(false);

        var worker = login("worker01");
        var roster = gql.post(
                        worker,
                        "{ me { displayName } stations { edges { node { staffing(asOf: \"2026-03-01\") { qualifiedFullTime members { staff { name idNumber } } } } } } }")
                .ok();
        assertThat((Integer) roster.data("stations.edges.0.node.staffing.qualifiedFullTime"))
                .isEqualTo(2);
        assertThat((String) roster.data("stations.edges.0.node.staffing.members.0.staff.name"))
                .isNotBlank();
        // each worker sees their own ID number (masked), not the colleague's
        List<Map<String, Object>> members = roster.data("stations.edges.0.node.staffing.members");
        assertThat(members)
                .extracting(member -> ((Map<?, ?>) member.get("staff")).get("idNumber"))
                .filteredOn(java.util.Objects::nonNull)
                .hasSize(1);
    }

    @Test
    void theDemoQuarterHasAssessmentsInEveryStateAndStationsThatFallShort() {
        var bureau = login("bureau");
        String project = gql.post(bureau, "{ projects { id } }").ok().data("projects.0.id");
        List<Map<String, Object>> all = gql.post(
                        bureau,
                        "query($p: ID!) { assessments(projectId: $p, quarter: \"2026Q3\") { station { name } status"
                                + " shortfalls { reasons { code } } indicators { indicator { code } value met } } }",
                        "p",
                        project)
                .ok()
                .data("assessments");
        assertThat(all).hasSize(16);
        assertThat(all)
                .extracting(a -> a.get("status"))
                .filteredOn("APPROVED"::equals)
                .hasSize(4);
        assertThat(all)
                .extracting(a -> a.get("status"))
                .filteredOn("SUBMITTED"::equals)
                .hasSize(4);
        // every fourth station falls short: a small group, a short case, a short lecture, a small medium activity
        var fallingShort = all.stream()
                .filter(a -> !((List<?>) a.get("shortfalls")).isEmpty())
                .toList();
        assertThat(fallingShort).hasSize(4);
        assertThat(fallingShort)
                .allSatisfy(a -> assertThat((List<?>) a.get("shortfalls")).hasSize(4));
    }

    @Test
    void theDemoFeedbackBreachesOnTheFirstSweepAndFillsTheLeadsInbox() {
        var lead = login("lead");
        List<Map<String, Object>> stations = gql.post(
                        lead,
                        "{ stations(first: 20) { edges { node { feedback(first: 20) { edges { node { state } } } } } } }")
                .ok()
                .data("stations.edges");
        var items = stations.stream()
                .mapToInt(edge ->
                        ((List<?>) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("feedback")).get("edges")).size())
                .sum();
        assertThat(items).isEqualTo(192);
        sweep.sweep(java.time.Instant.now());
        List<?> inbox = gql.post(
                        lead, "{ notifications(unreadOnly: true, first: 50) { edges { node { kind message } } } }")
                .ok()
                .data("notifications.edges");
        assertThat(inbox).isNotEmpty();
    }

    @Test
    void theDemoStoreHasAlertsAPastIncidentWithItsDispatchAndDrillGaps() {
        var lead = login("lead");
        String project = gql.post(lead, "{ projects { id } }").ok().data("projects.0.id");
        var overview = gql.post(
                        login("worker03"),
                        "query($p: ID!) { stockOverview(projectId: $p) { types { name } rows { stationName levels { onHand } } } }",
                        "p",
                        project)
                .ok();
        assertThat(overview.<List<?>>data("stockOverview.types")).hasSize(8);
        List<Map<String, Object>> rows = overview.data("stockOverview.rows");
        assertThat(rows).as("a worker sees every station's store").hasSize(16);
        List<Map<String, Object>> alerts = gql.post(
                        lead, "query($p: ID!) { stockAlerts(projectId: $p) { kind } }", "p", project)
                .ok()
                .data("stockAlerts");
        assertThat(alerts).extracting(alert -> (Object) alert.get("kind")).contains("BELOW_MINIMUM", "EXPIRING");
        var incident = gql.post(
                        lead,
                        "query($p: ID!) { incidents(projectId: $p) { edges { node { status uses { quantity } dispatches { status allocations { quantity } } } } } }",
                        "p",
                        project)
                .ok();
        assertThat(incident.<String>data("incidents.edges.0.node.status")).isEqualTo("REVIEWED");
        assertThat(incident.<List<?>>data("incidents.edges.0.node.uses")).hasSize(2);
        assertThat(incident.<String>data("incidents.edges.0.node.dispatches.0.status"))
                .isEqualTo("RECEIVED");
        var quarter = cn.sgz.infra.time.Quarter.of(java.time.LocalDate.now(cn.sgz.infra.time.BusinessCalendar.ZONE));
        List<Map<String, Object>> drills = gql.post(
                        lead,
                        "query($q: Quarter!) { stations(first: 20) { edges { node { drills(quarter: $q) { missing } } } } }",
                        "q",
                        quarter.toString())
                .ok()
                .data("stations.edges");
        assertThat(drills)
                .extracting(edge -> (Object) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("drills")).get("missing"))
                .containsOnly(true, false)
                .filteredOn(Boolean.TRUE::equals)
                .hasSize(4);
    }

    private static int vacancy(List<Map<String, Object>> overview, String station) {
        return overview.stream()
                .filter(row -> ((Map<?, ?>) row.get("station")).get("name").equals(station))
                .map(row -> (Integer) row.get("vacancyDays"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void demoModeServesGraphiqlAndIntrospection() {
        var page = client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/graphiql"));
        assertThat(page).containsIgnoringCase("graphiql");
        assertThat(gql.post(login("admin"), "{ __schema { queryType { name } } }")
                        .ok()
                        .<String>data("__schema.queryType.name"))
                .isEqualTo("Query");
    }

    private String ownStation(String worker) {
        return gql.post(login(worker), TenancyApiTest.STATIONS)
                .ok()
                .names("stations")
                .getFirst();
    }

    private String login(String username) {
        return gql.login(username, PASSWORD);
    }
}
