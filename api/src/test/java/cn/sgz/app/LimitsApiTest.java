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
