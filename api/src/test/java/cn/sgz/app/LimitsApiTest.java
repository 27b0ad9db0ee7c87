package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** Depth and complexity limits, and introspection switched off by configuration. */
@MicronautTest(transactional = false)
@Property(name = "sgz.graphql.max-depth", value = "4")
@Property(name = "sgz.graphql.max-complexity", value = "12")
@Property(name = "sgz.graphql.introspection", value = "false")
@Property(name = "sgz.graphql.max-query-length", value = "2000")
@Property(name = "sgz.graphql.max-query-tokens", value = "60")
class LimitsApiTest extends ApiTest {
    @Test
    void tooDeepAQueryIsRefusedBeforeItRuns() {
        var deep = gql.post(world.admin(), "{ stations { edges { node { project { bureau { name } } } } } }");
        assertThat(deep.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(deep.errorMessage()).contains("嵌套过深");
        assertThat((Object) deep.data("stations")).isNull();
    }

    @Test
    void tooComplexAQueryIsRefused() {
        var wide = gql.post(
                world.admin(),
                "{ bureaus { id name regionCode } projects { id name year agencyName } me { id username displayName enabled } }");
        assertThat(wide.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aPageWeighsAsManyRowsAsItAsksFor() {
        var admin = world.admin();
        assertThat(gql.post(admin, "{ stations(first: 2) { edges { cursor } } }")
                        .errors())
                .isEmpty();
        var hundred = gql.post(admin, "{ stations(first: 100) { edges { cursor } } }");
        assertThat(hundred.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(hundred.errorMessage()).contains("过于复杂");
        // a page size in a variable weighs as the largest page
        var variable = gql.post(admin, "query($n: Int) { stations(first: $n) { edges { cursor } } }", "n", 2);
        assertThat(variable.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aHugeQueryIsRefusedBeforeItIsParsed() {
        var longText = gql.post(world.admin(), "{ station(id: \"" + "x".repeat(2100) + "\") { id } }");
        assertThat(longText.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(longText.errorMessage()).contains("查询过长");
        var manyTokens = gql.post(world.admin(), "{ me { " + "id ".repeat(80) + "} }");
        assertThat(manyTokens.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat((Object) manyTokens.data("me")).isNull();
    }

    @Test
    void introspectionCanBeSwitchedOff() {
        var schema = gql.post(world.admin(), "{ __schema { types { name } } }");
        assertThat(schema.errors()).isNotEmpty();
        assertThat((Object) schema.data("__schema")).isNull();
    }

    @Test
    void ordinaryQueriesStillRun() {
        assertThat(gql.post(world.token("workerA1"), "{ me { username } }").ok().<String>data("me.username"))
                .isEqualTo(world.username("workerA1"));
    }
}
