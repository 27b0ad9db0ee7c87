package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.sgz.infra.testing.TestServers;
import cn.sgz.tenant.api.Accounts;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceEndpointsApiTest extends ApiTest {
    @Inject
    Accounts accounts;

    @Inject
    Router router;

    /** The token's id (its {@code jti} claim). */
    static String tokenId(String token) {
        var payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        var id = Pattern.compile("\"jti\":\"([^\"]+)\"").matcher(payload);
        assertThat(id.find()).as(payload).isTrue();
        return id.group(1);
    }

    @Test
    void healthIsUpWithDatabaseAndRedis() {
        var health = health(world.admin());
        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(health.toString()).contains("redis").contains("jdbc");
    }

    @Test
    void anonymousCallersSeeTheStatusButNoDetails() {
        var health = health(null);
        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(health.toString()).doesNotContain("jdbc:postgresql");
        assertThat(health("not-a-token").toString()).doesNotContain("jdbc");
    }

    @Test
    void aLoggedOutTokenSeesNoDetails() {
        String token = gql.login(world.username("viewerA"), ApiWorld.PASSWORD);
        assertThat(health(token).toString()).contains("jdbc");
        gql.post(token, "mutation { logout }").ok();
        assertThat(health(token).toString()).doesNotContain("jdbc");
    }

    /**
     * No filter signs callers in before the routes (application.yml): each of these asks {@code
     * Callers} itself and refuses or narrows what it serves without one. A route added to the
     * service fails this test until it is listed here, and it must do the same.
     */
    @Test
    void everyRouteAsksForItsCallerItself() {
        var routes = router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes)
                .containsExactly(
                        "GET /exports/quarterly-return/{projectId}/{quarter}",
                        "GET /graphql",
                        "GET /graphql-ws",
                        "GET /health",
                        "GET /health/{selector}",
                        "POST /graphql");
    }

    @Test
    void usernamesAreNotCaseSensitiveAtLogin() {
        assertThat(gql.login(world.username("viewerA").toUpperCase(), ApiWorld.PASSWORD))
                .isNotBlank();
    }

    @Test
    void introspectionIsOffByDefault() {
        assertThat(gql.post(world.admin(), "{ __schema { queryType { name } } }")
                        .errors())
                .isNotEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: this context's Redis connection takes a moment to come back
    void withoutRedisTheServiceRunsOnDegraded() throws Exception {
        var servers = TestServers.embedded();
        assumeTrue(servers.isPresent(), "needs the embedded Redis this JVM started");
        String loggedOut = gql.login(world.username("leadA"), ApiWorld.PASSWORD);
        gql.post(loggedOut, "mutation { logout }").ok();
        // logged out on another node, which found Redis down and wrote the revocation to PostgreSQL only
        String elsewhere = gql.login(world.username("workerB1"), ApiWorld.PASSWORD);
        accounts.revokeAccessToken(tokenId(elsewhere), Instant.now().plusSeconds(600));
        servers.get().stopRedis();
        try {
            // the revocation is also in PostgreSQL: a logged-out token stays refused without Redis
            assertThat(gql.post(loggedOut, "{ me { username } }").errorCode()).isEqualTo("UNAUTHENTICATED");
            assertThat(gql.post(elsewhere, "{ me { username } }").errorCode()).isEqualTo("UNAUTHENTICATED");
            var degraded = health(world.admin());
            assertThat(degraded.get("status")).as(degraded.toString()).isEqualTo("DEGRADED");
            var login = gql.post(null, AuthApiTest.LOGIN, "u", world.username("viewerB"), "p", ApiWorld.PASSWORD);
            assertThat(gql.post(login.ok().data("login.accessToken"), TenancyApiTest.STATIONS)
                            .ok()
                            .names("stations"))
                    .containsExactly("乙一街道");
            // and mutations, signed in while Redis is down
            var worker = gql.post(null, AuthApiTest.LOGIN, "u", world.username("workerB1"), "p", ApiWorld.PASSWORD);
            gql.post(worker.ok().data("login.accessToken"), TenancyApiTest.CONTACT, "id", world.b1, "a", "无缓存路")
                    .ok();
        } finally {
            servers.get().startRedis();
        }
    }

    private Map<String, Object> health(String token) {
        var request = HttpRequest.GET("/health");
        if (token != null) {
            request.bearerAuth(token);
        }
        var response = client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        return response.body();
    }
}
