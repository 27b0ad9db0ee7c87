package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The objects of a list share how their fields are collected (CollectedFieldsStrategy), once per
 * field and type in a request. Every selection still gets exactly what it asked for: two selections
 * of one field under aliases, fragments, directives that read variables, and a field selected twice.
 */
@MicronautTest(transactional = false)
class SelectionsApiTest extends ApiTest {
    static final String QUERY = """
            query($p: ID, $withKind: Boolean!, $withoutName: Boolean!) {
              ids: stations(projectId: $p) { edges { node { id } } }
              named: stations(projectId: $p) {
                edges { node { n: name ...where kind @include(if: $withKind) name @skip(if: $withoutName) } }
              }
            }
            fragment where on Station { regionCode project { name } }""";

    @Test
    void twoSelectionsOfOneListAnswerEachTheirOwn() {
        var answer = gql.post(world.token("leadA"), QUERY, "p", world.projectA, "withKind", true, "withoutName", false)
                .ok();
        List<Map<String, Object>> ids = answer.data("ids.edges");
        List<Map<String, Object>> named = answer.data("named.edges");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2).hasSameSizeAs(named);
        for (var edge : ids) {
            assertThat(node(edge)).containsOnlyKeys("id");
        }
        for (var edge : named) {
            assertThat(node(edge)).containsOnlyKeys("n", "regionCode", "project", "kind", "name");
            assertThat(node(edge).get("n")).isEqualTo(node(edge).get("name"));
            assertThat(node(edge).get("project")).isEqualTo(Map.of("name", "甲项目"));
        }
        assertThat(named.stream().map(edge -> node(edge).get("n"))).contains("甲一街道", "甲二镇");
    }

    @Test
    void directivesFollowTheVariablesOfEachRequest() {
        var first = gql.post(world.token("leadA"), QUERY, "p", world.projectA, "withKind", false, "withoutName", true)
                .ok();
        List<Map<String, Object>> named = first.data("named.edges");
        for (var edge : named) {
            assertThat(node(edge)).containsOnlyKeys("n", "regionCode", "project");
        }
        var second = gql.post(world.token("leadA"), QUERY, "p", world.projectA, "withKind", true, "withoutName", true)
                .ok();
        List<Map<String, Object>> again = second.data("named.edges");
        for (var edge : again) {
            assertThat(node(edge)).containsOnlyKeys("n", "regionCode", "project", "kind");
        }
    }

    @Test
    void aFieldSelectedTwiceIsMergedForEveryObject() {
        var answer = gql.post(world.token("leadA"), """
                        query($p: ID) { stations(projectId: $p) {
                          edges { node { id project { id } } } edges { node { name project { name } } } } }""", "p", world.projectA).ok();
        List<Map<String, Object>> edges = answer.data("stations.edges");
        assertThat(edges).hasSizeGreaterThanOrEqualTo(2);
        for (var edge : edges) {
            assertThat(node(edge)).containsOnlyKeys("id", "project", "name");
            assertThat(node(edge).get("project")).isEqualTo(Map.of("id", world.projectA, "name", "甲项目"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> edge) {
        return (Map<String, Object>) edge.get("node");
    }
}
