package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.deadline.DeadlineSweep;
import cn.sgz.infra.testing.TestServers;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GraphQL subscriptions over /graphql-ws (graphql-transport-ws): signing in inside the protocol,
 * its error closes, and a user's new notifications pushed to that user only, on either of two
 * nodes (the second a child JVM on the same PostgreSQL and Redis).
 */
@MicronautTest(transactional = false)
class SubscriptionApiTest extends ApiTest {
    /** application-test.yml's signing secret: the second node accepts this JVM's tokens. */
    static final String JWT_SECRET = "test-suite-only-secret-0123456789-abcdefghij";

    static final String ADDED =
            "subscription { notificationAdded { kind subjectId message read station { id name } } }";

    @Inject
    EmbeddedServer server;

    @Inject
    DeadlineSweep sweep;

    String base() {
        return server.getURL().toString();
    }

    @Test
    void theProtocolSignsInFirstAndRefusesWhatItDoesNotKnow() {
        try (var anonymous = WsClient.connect(base())) {
            anonymous.send(Map.of("type", "connection_init", "payload", Map.of()));
            assertThat(anonymous.closeCode()).isEqualTo(4403);
        }
        try (var forged = WsClient.connect(base())) {
            forged.send(Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer not.a.token")));
            assertThat(forged.closeCode()).isEqualTo(4403);
        }
        try (var early = WsClient.connect(base())) {
            early.subscribe("1", ADDED, Map.of());
            assertThat(early.closeCode()).isEqualTo(4401);
        }
        try (var silent = WsClient.connect(base())) {
            assertThat(silent.closeCode())
                    .as("no connection_init within the timeout")
                    .isEqualTo(4408);
        }
        try (var garbage = WsClient.connect(base())) {
            garbage.send(Map.of("kind", "hello"));
            assertThat(garbage.closeCode()).isEqualTo(4400);
        }
        try (var client = WsClient.signedIn(base(), world.token("workerA1"))) {
            client.send(Map.of("type", "ping"));
            assertThat(client.next().get("type")).isEqualTo("pong");
            // a query runs once: next, then complete
            client.subscribe("q", "{ serverTime }", Map.of());
            var answer = client.next();
            assertThat(answer.get("type")).isEqualTo("next");
            assertThat(answer.get("id")).isEqualTo("q");
            assertThat(client.next()).containsEntry("type", "complete").containsEntry("id", "q");
            // an invalid operation: one error message, the connection stays
            client.subscribe("bad", "subscription { noSuchField }", Map.of());
            var refused = client.next();
            assertThat(refused).containsEntry("type", "error").containsEntry("id", "bad");
            client.subscribe("s", ADDED, Map.of());
            client.subscribe("s", ADDED, Map.of());
            assertThat(client.closeCode()).isEqualTo(4409);
        }
        // over HTTP a subscription is refused with the way to open it
        var refusedOverHttp = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> gql.post(world.token("workerA1"), ADDED));
        assertThat(refusedOverHttp.getStatus().getCode()).isEqualTo(400);
        assertThat(refusedOverHttp.getResponse().getBody(String.class).orElse(""))
                .contains("BAD_USER_INPUT")
                .contains("/graphql-ws");
    }

    @Test
    void aNotificationReachesItsRecipientOnBothNodesAndNobodyElse() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        var bureau = gql.create(admin, "createBureau", "{name: \"推送局" + tag + "\", regionCode: \"411000\"}");
        var project = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"推送项目\", agencyName: \"推送机构" + tag + "\", year: 2026}");
        var station = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"推送站" + tag + "\", kind: TOWN, regionCode: \"411000001\"}");
        var worker = ApiWorld.signedInUser(gql, admin, "wp" + tag, "STATION_WORKER", "stationId", station);
        var colleague = ApiWorld.signedInUser(gql, admin, "cp" + tag, "STATION_WORKER", "stationId", station);
        var lead = ApiWorld.signedInUser(gql, admin, "lp" + tag, "PROJECT_LEAD", "projectId", project);

        try (var second = ChildService.start(TestServers.servers(), JWT_SECRET)) {
            second.admin(); // waits until the second node serves
            try (var here = WsClient.signedIn(base(), worker);
                    var there = WsClient.signedIn(second.base(), worker);
                    var leadThere = WsClient.signedIn(second.base(), lead);
                    var bystander = WsClient.signedIn(base(), colleague);
                    var otherBureau = WsClient.signedIn(second.base(), world.token("viewerB"))) {
                for (var client : List.of(here, there, leadThere, bystander, otherBureau)) {
                    client.subscribe("n", ADDED, Map.of());
                }
                // the subscriptions are set up once a round trip on each connection has come back
                for (var client : List.of(here, there, leadThere, bystander, otherBureau)) {
                    client.send(Map.of("type", "ping"));
                    assertThat(client.next().get("type")).isEqualTo("pong");
                }
                var item = UUID.randomUUID().toString();
                gql.post(
                                worker,
                                "mutation($i: ReceiveFeedbackInput!) { receiveFeedback(input: $i) { id } }",
                                "i",
                                Map.of(
                                        "id", item,
                                        "stationId", station,
                                        "channel", "HOTLINE",
                                        "kind", "SUGGESTION",
                                        "urgency", "URGENT",
                                        "summary", "小区路灯不亮，请尽快处理",
                                        "anonymous", true))
                        .ok();
                sweep.sweep(Instant.now().plus(Duration.ofHours(25)));

                for (var client : List.of(here, there, leadThere)) {
                    var pushed = nextFor(client, item);
                    assertThat(pushed.get("kind")).isEqualTo("BREACH");
                    assertThat((String) pushed.get("message")).contains("小区路灯不亮");
                    assertThat(pushed.get("read")).isEqualTo(false);
                    assertThat(pushed.get("station")).isEqualTo(Map.of("id", station, "name", "推送站" + tag));
                }
                for (var client : List.of(bystander, otherBureau)) {
                    assertThat(drain(client, Duration.ofMillis(500)))
                            .noneMatch(notification -> item.equals(notification.get("subjectId")));
                }
            }
        }
    }

    @Test
    void loggingOutClosesTheSubscriptions() {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var token = ApiWorld.signedInUser(gql, world.admin(), "lo" + tag, "STATION_WORKER", "stationId", world.a1);
        try (var client = WsClient.signedIn(base(), token)) {
            client.subscribe("n", ADDED, Map.of());
            gql.post(token, "mutation { logout }").ok();
            assertThat(client.closeCode()).isEqualTo(4403);
        }
    }

    /** The notification about the item the client is pushed next, skipping others (other tests' breaches). */
    private static Map<String, Object> nextFor(WsClient client, String item) {
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            var message = client.poll(Duration.ofMillis(200));
            if (message == null) {
                continue;
            }
            assertThat(message.get("type")).isEqualTo("next");
            var notification = notification(message);
            if (item.equals(notification.get("subjectId"))) {
                return notification;
            }
        }
        throw new AssertionError("no notification about " + item + " within 10 s");
    }

    private static List<Map<String, Object>> drain(WsClient client, Duration wait) {
        var all = new java.util.ArrayList<Map<String, Object>>();
        for (var message = client.poll(wait); message != null; message = client.poll(wait)) {
            all.add(notification(message));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> notification(Map<String, Object> message) {
        var payload = (Map<String, Object>) message.get("payload");
        assertThat(payload).doesNotContainKey("errors");
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("notificationAdded");
    }
}
