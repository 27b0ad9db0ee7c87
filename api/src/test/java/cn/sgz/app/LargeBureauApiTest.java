package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bureau over a province of 1,000 stations: its viewer's token stays small (the reach is found
 * through the projects on the server, not listed in the token), every station is readable, none of
 * another bureau's, and a revoked grant is felt at the next request.
 */
@MicronautTest(transactional = false)
class LargeBureauApiTest extends ApiTest {
    static final int STATIONS = 1000;
    static final String PAGE = """
            query($p: ID, $after: String) { stations(projectId: $p, first: 100, after: $after) {
              edges { node { id } } pageInfo { hasNextPage endCursor } } }""";

    String project;
    String viewer;

    @BeforeAll
    void aProvince() throws SQLException {
        var admin = world.admin();
        var bureau = gql.create(admin, "createBureau", "{name: \"省民政厅" + world.tag + "\", regionCode: \"410000\"}");
        project = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"全省社工站\", agencyName: \"省机构" + world.tag + "\", year: 2026}");
        try (var owner = OwnerConnection.open();
                var statement = owner.prepareStatement("""
                        INSERT INTO station (project_id, name, kind, region_code)
                        SELECT CAST(? AS uuid), '第' || n || '站', 'TOWN', '410000' || lpad(n::text, 4, '0')
                        FROM generate_series(1, ?) AS n""")) {
            statement.setString(1, project);
            statement.setInt(2, STATIONS);
            statement.executeUpdate();
        }
        var username = "province" + world.tag;
        viewer = ApiWorld.signedInUser(gql, admin, username, "BUREAU_VIEWER", "bureauId", bureau);
    }

    @Test
    void theTokenOfAViewerOfAThousandStationsIsUnderOneKilobyte() {
        assertThat(viewer.length()).isLessThan(1024);
    }

    @Test
    void allThousandStationsAreReadableAndNoneOfAnotherBureau() {
        var seen = readable(viewer);
        assertThat(seen).hasSize(STATIONS);
        assertThat(seen).doesNotContain(world.a1, world.a2, world.b1);
        assertThat((Object) gql.post(viewer, TenancyApiTest.STATION, "id", world.b1)
                        .ok()
                        .data("station"))
                .isNull();
        assertThat(readable(world.token("viewerA"))).doesNotContainAnyElementsOf(readable(viewer));
    }

    @Test
    void aRevokedGrantIsFeltAtTheNextRequest() {
        var username = "revoked" + world.tag;
        var token = ApiWorld.signedInUser(gql, world.admin(), username, "PROJECT_LEAD", "projectId", project);
        assertThat(page(token).size()).isEqualTo(100);
        String grantId = gql.post(token, "{ me { grants { id } } }").ok().data("me.grants.0.id");
        gql.post(world.admin(), "mutation($g: ID!) { revokeRole(grantId: $g) }", "g", grantId)
                .ok();
        // the same token, with no new login: its scope is looked up again after the change
        assertThat(page(token)).isEmpty();
    }

    private List<Map<String, Map<String, String>>> page(String token) {
        return gql.post(token, PAGE, "p", project, "after", null).ok().data("stations.edges");
    }

    private Set<String> readable(String token) {
        var ids = new HashSet<String>();
        String after = null;
        do {
            var page = gql.post(token, PAGE, "p", null, "after", after).ok();
            List<Map<String, Map<String, String>>> edges = page.data("stations.edges");
            edges.forEach(edge -> ids.add(edge.get("node").get("id")));
            after = Boolean.TRUE.equals(page.data("stations.pageInfo.hasNextPage"))
                    ? page.data("stations.pageInfo.endCursor")
                    : null;
        } while (after != null);
        return ids;
    }
}
