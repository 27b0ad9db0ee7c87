package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.Quarter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every emergency field and mutation asked with ids of a project that is not the caller's: a worker
 * of another project of the same bureau, and another bureau's lead and worker. Reads come back empty
 * or NOT_FOUND, writes are refused, and nothing changes.
 */
@MicronautTest(transactional = false)
class EmergencyIsolationApiTest extends ApiTest {
    @Inject
    EmbeddedServer server;

    @Test
    void anotherProjectsAndAnotherBureausCallersReachNothing() {
        var e = new EmergencyWorld(gql, world.admin());
        var today = LocalDate.now(BusinessCalendar.ZONE);
        var tents = e.type("帐篷", "SHELTER", 5, false);
        e.receive(e.w1, e.s1, tents, 4, null).ok();
        e.use(e.w1, e.s1, tents, 1).ok();
        String dispatch = e.requestDispatch(e.w2, e.s2, tents, 2).ok().data("requestDispatch.id");
        var incident = UUID.randomUUID().toString();
        gql.post(
                        e.w1,
                        "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }",
                        "i",
                        Map.of(
                                "id",
                                incident,
                                "stationId",
                                e.s1,
                                "occurredAt",
                                Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                                "place",
                                "东街",
                                "kind",
                                "OTHER",
                                "peopleAffected",
                                1,
                                "summary",
                                "测试事件"))
                .ok();

        var drill = UUID.randomUUID().toString();
        e.drill(e.w1, drill, e.s1, today, "疏散演练", 12).ok();

        var otherLead = world.token("leadA");
        for (var outside : List.of(e.outsider, world.token("workerB1"), otherLead)) {
            // reads: nothing of this project
            var station = gql.post(
                            outside,
                            "query($s: ID!, $q: Quarter!) { station(id: $s) { stock { onHand } stockAlerts { kind } drills(quarter: $q) { missing } } }",
                            "s",
                            e.s1,
                            "q",
                            Quarter.of(today).toString())
                    .ok();
            assertThat((Object) station.data("station")).isNull();
            assertThat(gql.post(outside, "query($p: ID!) { stockAlerts(projectId: $p) { kind } }", "p", e.project)
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
            assertThat(gql.post(
                                    outside,
                                    "query($s: ID!) { stockMovements(stationId: $s) { edges { node { id } } } }",
                                    "s",
                                    e.s1)
                            .ok()
                            .<List<?>>data("stockMovements.edges"))
                    .isEmpty();
            assertThat((Object) gql.post(outside, "query($i: ID!) { dispatch(id: $i) { id } }", "i", dispatch)
                            .ok()
                            .data("dispatch"))
                    .isNull();
            assertThat(gql.post(
                                    outside,
                                    "query($p: ID!) { incidents(projectId: $p) { edges { node { id } } } }",
                                    "p",
                                    e.project)
                            .ok()
                            .<List<?>>data("incidents.edges"))
                    .isEmpty();

            // writes: refused, as if nothing were there
            assertThat(gql.post(
                                    outside,
                                    "mutation($i: AdjustStockInput!) { adjustStock(input: $i) { onHand } }",
                                    "i",
                                    Map.of(
                                            "id",
                                            UUID.randomUUID().toString(),
                                            "stationId",
                                            e.s1,
                                            "resourceTypeId",
                                            tents,
                                            "change",
                                            -3,
                                            "reason",
                                            "越权调整"))
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
            assertThat(e.receive(outside, e.s1, tents, 100, null).errorCode()).isEqualTo("NOT_FOUND");
            assertThat(gql.post(
                                    outside,
                                    "mutation($i: ResourceTypeInput!) { defineResourceType(input: $i) { id } }",
                                    "i",
                                    Map.of(
                                            "id",
                                            tents,
                                            "projectId",
                                            e.project,
                                            "name",
                                            "越权改名",
                                            "category",
                                            "SHELTER",
                                            "unit",
                                            "顶",
                                            "minimumPerStation",
                                            0,
                                            "expires",
                                            false,
                                            "version",
                                            1))
                            .errorCode())
                    .isIn("NOT_FOUND", "FORBIDDEN");
            assertThat(e.approve(outside, dispatch, 1, e.s1, tents, 2).errorCode())
                    .isIn("NOT_FOUND", "FORBIDDEN");
            for (var step : List.of("rejectDispatch", "cancelDispatch", "receiveDispatch")) {
                assertThat(gql.post(
                                        outside,
                                        "mutation($i: DispatchStepInput!) { " + step + "(input: $i) { id } }",
                                        "i",
                                        Map.of("id", dispatch, "version", 1, "reason", "越权"))
                                .errorCode())
                        .as(step)
                        .isEqualTo("NOT_FOUND");
            }
            for (var step : List.of("respondToIncident", "reviewIncident")) {
                assertThat(gql.post(
                                        outside,
                                        "mutation($i: IncidentStepInput!) { " + step + "(input: $i) { id } }",
                                        "i",
                                        Map.of("id", incident, "version", 1, "text", "越权"))
                                .errorCode())
                        .as(step)
                        .isEqualTo("NOT_FOUND");
            }
            assertThat(e.drill(outside, UUID.randomUUID().toString(), e.s1, today, "越权演练", 3)
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
            assertThat(gql.post(
                                    outside,
                                    "mutation($i: CorrectDrillInput!) { correctDrill(input: $i) { id } }",
                                    "i",
                                    Map.of(
                                            "id",
                                            drill,
                                            "version",
                                            1,
                                            "heldOn",
                                            today.toString(),
                                            "scenario",
                                            "越权更正",
                                            "participants",
                                            1))
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
            try (var socket = WsClient.signedIn(server.getURL().toString(), outside)) {
                socket.subscribe(
                        "s",
                        "subscription($p: ID!) { stockChanged(projectId: $p) { onHand } }",
                        Map.of("p", e.project));
                var refused = socket.next();
                assertThat(refused.get("type")).isEqualTo("error");
                assertThat(refused.toString()).contains("NOT_FOUND");
            }
        }

        // nothing changed
        assertThat(e.level(e.w1, e.s1, tents)).containsEntry("onHand", 3).containsEntry("reserved", 0);
        var read = gql.post(
                        e.lead,
                        "query($i: ID!, $d: ID!, $p: ID!) { dispatch(id: $d) { status version } incident(id: $i) { status version } resourceTypes(projectId: $p) { name version } }",
                        "i",
                        incident,
                        "d",
                        dispatch,
                        "p",
                        e.project)
                .ok();
        assertThat(read.<String>data("dispatch.status")).isEqualTo("REQUESTED");
        assertThat(read.<String>data("incident.status")).isEqualTo("OPEN");
        assertThat(gql.post(
                                e.w1,
                                "query($s: ID!, $q: Quarter!) { station(id: $s) { drills(quarter: $q) { drills { scenario version } } } }",
                                "s",
                                e.s1,
                                "q",
                                Quarter.of(today).toString())
                        .ok()
                        .<List<Object>>data("station.drills.drills"))
                .containsExactly(Map.of("scenario", "疏散演练", "version", 1));
        assertThat(read.<List<Object>>data("resourceTypes")).containsExactly(Map.of("name", "帐篷", "version", 1));
    }
}
