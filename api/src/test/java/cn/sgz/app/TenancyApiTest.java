package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Through POST /graphql with real tokens: every tenant field, tried with other stations' and bureaus' ids. */
@MicronautTest(transactional = false)
class TenancyApiTest extends ApiTest {
    static final String STATION = "query($id: ID!) { station(id: $id) { id name project { id bureau { id } } } }";
    static final String STATIONS =
            "query($p: ID) { stations(projectId: $p, first: 100) { edges { node { id name } } } }";
    static final String STATIONS_WITH_PROJECTS =
            "query($p: ID) { stations(projectId: $p, first: 100) { edges { node { id project { id bureau { id } } } } } }";
    static final String PROJECTS = "query($b: ID) { projects(bureauId: $b) { id bureau { id } } }";
    static final String BUREAUS = "{ bureaus { id } }";
    static final String CONTACT =
            "mutation($id: ID!, $a: String) { updateStationContact(input: {stationId: $id, address: $a}) { id address } }";

    @Test
    void workerReadsItsOwnStationAndNoOther() {
        var worker = world.token("workerA1");
        var own = gql.post(worker, STATION, "id", world.a1).ok();
        assertThat((String) own.data("station.name")).isEqualTo("甲一街道");
        assertThat((String) own.data("station.project.bureau.id")).isEqualTo(world.bureauA);
        assertThat((Object) gql.post(worker, STATION, "id", world.a2).ok().data("station"))
                .isNull();
        assertThat((Object) gql.post(worker, STATION, "id", world.b1).ok().data("station"))
                .isNull();
        assertThat(gql.post(worker, STATIONS).ok().names("stations")).containsExactly("甲一街道");
        assertThat(gql.post(worker, STATIONS, "p", world.projectB).ok().names("stations"))
                .isEmpty();
        assertThat(ids(gql.post(worker, PROJECTS, "b", world.bureauB).ok().data("projects")))
                .isEmpty();
        assertThat(ids(gql.post(worker, BUREAUS).ok().data("bureaus"))).containsExactly(world.bureauA);
    }

    @Test
    void workerChangesItsOwnStationButNoOther() {
        var worker = world.token("workerA1");
        assertThat((String) gql.post(worker, CONTACT, "id", world.a1, "a", "建设路1号")
                        .ok()
                        .data("updateStationContact.address"))
                .isEqualTo("建设路1号");
        assertThat(gql.post(worker, CONTACT, "id", world.a2, "a", "越权").errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(worker, CONTACT, "id", world.b1, "a", "越权").errorCode())
                .isEqualTo("NOT_FOUND");
        var a2 = gql.post(world.token("leadA"), "query($id: ID!) { station(id: $id) { address } }", "id", world.a2);
        assertThat((Object) a2.ok().data("station.address")).isNotEqualTo("越权");
    }

    /** Station pages start from app_station_projects(): for an admin, every project of every bureau. */
    @Test
    void adminReadsTheStationsOfEveryBureau() {
        var admin = world.admin();
        assertThat(gql.post(admin, STATIONS, "p", world.projectA).ok().names("stations"))
                .containsExactlyInAnyOrder("甲一街道", "甲二镇");
        Object edges = gql.post(admin, STATIONS_WITH_PROJECTS, "p", world.projectB)
                .ok()
                .data("stations.edges");
        assertThat(String.valueOf(edges)).contains(world.b1, world.projectB, world.bureauB);
    }

    @Test
    void bureauViewerReadsEveryStationOfItsBureauAndNoneOfAnother() {
        var viewer = world.token("viewerA");
        assertThat(gql.post(viewer, STATIONS).ok().names("stations")).containsExactlyInAnyOrder("甲一街道", "甲二镇");
        assertThat((Object) gql.post(viewer, STATION, "id", world.b1).ok().data("station"))
                .isNull();
        assertThat(gql.post(viewer, STATIONS, "p", world.projectB).ok().names("stations"))
                .isEmpty();
        assertThat(ids(gql.post(viewer, PROJECTS, "b", world.bureauB).ok().data("projects")))
                .isEmpty();
        assertThat(ids(gql.post(viewer, PROJECTS).ok().data("projects"))).containsExactly(world.projectA);
        assertThat(gql.post(viewer, CONTACT, "id", world.a1, "a", "只读").errorCode())
                .isEqualTo("FORBIDDEN");
        var other = world.token("viewerB");
        assertThat(gql.post(other, STATIONS).ok().names("stations")).containsExactly("乙一街道");
        assertThat((Object) gql.post(other, STATION, "id", world.a1).ok().data("station"))
                .isNull();
    }

    @Test
    void aPageShowsEachStationsOwnProjectAndNothingOfAnotherBureau() {
        for (var user : List.of("workerA1", "viewerA", "leadA", "supervisorA")) {
            var token = world.token(user);
            var page = gql.post(token, STATIONS_WITH_PROJECTS).ok();
            assertThat(page.<List<?>>data("stations.edges")).as(user).isNotEmpty();
            for (var edge : page.<List<Map<String, Map<String, Object>>>>data("stations.edges")) {
                assertThat(edge.get("node").get("id")).as(user).isIn(world.a1, world.a2);
                assertThat(edge.get("node").get("project"))
                        .as(user)
                        .isEqualTo(Map.of("id", world.projectA, "bureau", Map.of("id", world.bureauA)));
            }
            assertThat(gql.post(token, STATIONS_WITH_PROJECTS, "p", world.projectB)
                            .ok()
                            .<List<?>>data("stations.edges"))
                    .as(user)
                    .isEmpty();
        }
        var other = gql.post(world.token("viewerB"), STATIONS_WITH_PROJECTS).ok();
        assertThat(other.<String>data("stations.edges.0.node.id")).isEqualTo(world.b1);
        assertThat(other.<String>data("stations.edges.0.node.project.id")).isEqualTo(world.projectB);
        assertThat(other.<List<?>>data("stations.edges")).hasSize(1);
    }

    @Test
    void projectLeadAndSupervisorSeeExactlyTheirProjectsStations() {
        for (var user : List.of("leadA", "supervisorA")) {
            var token = world.token(user);
            assertThat(gql.post(token, STATIONS).ok().names("stations")).containsExactlyInAnyOrder("甲一街道", "甲二镇");
            assertThat((Object) gql.post(token, STATION, "id", world.b1).ok().data("station"))
                    .isNull();
            assertThat(gql.post(token, CONTACT, "id", world.b1, "a", "越权").errorCode())
                    .isEqualTo("NOT_FOUND");
        }
        assertThat(gql.post(world.token("leadA"), CONTACT, "id", world.a2, "a", "后河路2号")
                        .ok()
                        .<String>data("updateStationContact.address"))
                .isEqualTo("后河路2号");
    }

    @Test
    void onlyAdminsCreateAndGrant() {
        var lead = world.token("leadA");
        var attempts = List.of(
                "mutation { createBureau(input: {name: \"越权局\", regionCode: \"411000\"}) { id } }",
                "mutation { createProject(input: {bureauId: \"" + world.bureauA
                        + "\", name: \"越权\", agencyName: \"越权\", year: 2026}) { id } }",
                "mutation { createStation(input: {projectId: \"" + world.projectA
                        + "\", name: \"越权站\", kind: TOWN, regionCode: \"411082999\"}) { id } }",
                "mutation { createUser(input: {username: \"intruder\", displayName: \"x\", password: \"Intruder@2026\"}) { id } }",
                "mutation { grantRole(input: {userId: \"00000000-0000-0000-0000-000000000001\", role: PLATFORM_ADMIN}) { id } }",
                "mutation { revokeRole(grantId: \"00000000-0000-0000-0000-000000000001\") }");
        for (var attempt : attempts) {
            assertThat(gql.post(lead, attempt).errorCode()).as(attempt).isEqualTo("FORBIDDEN");
        }
        assertThat(gql.post(world.token("viewerA"), STATIONS, "p", world.projectA)
                        .ok()
                        .names("stations"))
                .doesNotContain("越权站");
    }

    @Test
    void meShowsTheCallersOwnGrants() {
        var me = gql.post(world.token("workerA1"), "{ me { username grants { role station { id } } } }")
                .ok();
        assertThat((String) me.data("me.username")).isEqualTo(world.username("workerA1"));
        assertThat((String) me.data("me.grants.0.role")).isEqualTo("STATION_WORKER");
        assertThat((String) me.data("me.grants.0.station.id")).isEqualTo(world.a1);
    }

    @Test
    void anonymousCallersAreUnauthenticated() {
        assertThat(gql.post(null, STATIONS).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(gql.post(null, "{ me { id } }").errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(gql.post("not.a.jwt", BUREAUS).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Object list) {
        return ((List<Map<String, Object>>) list)
                .stream().map(row -> (String) row.get("id")).toList();
    }
}
