package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.Quarter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Emergency supplies through the API: the catalogue, receipts and use at the holding station only,
 * earliest expiry first, alerts, incidents with their 24-hour clock, drills per quarter, the
 * overview, the live view, and who reads what: every station of the project, nobody outside it.
 */
@MicronautTest(transactional = false)
class EmergencyApiTest extends ApiTest {
    /** Any level whose ledger, batches or reservation do not add up, anywhere in the database. */
    static final String INCONSISTENT = """
            SELECT count(*) FROM stock_level l
            WHERE l.on_hand <> (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m
                                WHERE m.station_id = l.station_id AND m.resource_type_id = l.resource_type_id)
               OR l.on_hand <> (SELECT coalesce(sum(b.quantity), 0) FROM stock_batch b
                                WHERE b.station_id = l.station_id AND b.resource_type_id = l.resource_type_id)
               OR l.on_hand < 0 OR l.reserved < 0 OR l.reserved > l.on_hand""";

    @Inject
    EmbeddedServer server;

    @Inject
    cn.sgz.infra.deadline.DeadlineSweep sweep;

    EmergencyWorld e;
    LocalDate today;

    @BeforeAll
    void build() {
        e = new EmergencyWorld(gql, world.admin());
        today = LocalDate.now(BusinessCalendar.ZONE);
    }

    @Test
    void onlyTheHoldingStationRecordsAndEveryStationOfTheProjectReads() throws SQLException {
        var tents = e.type("帐篷", "SHELTER", 8, false);
        assertThat(gql.post(
                                e.w1,
                                "mutation($i: ResourceTypeInput!) { defineResourceType(input: $i) { id } }",
                                "i",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "projectId",
                                        e.project,
                                        "name",
                                        "手电",
                                        "category",
                                        "TOOLS",
                                        "unit",
                                        "个",
                                        "minimumPerStation",
                                        1,
                                        "expires",
                                        false))
                        .errorCode())
                .isEqualTo("FORBIDDEN");

        var receiptId = UUID.randomUUID().toString();
        var receipt =
                Map.<String, Object>of("id", receiptId, "stationId", e.s1, "resourceTypeId", tents, "quantity", 10);
        var query = "mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { onHand } }";
        assertThat((Integer) gql.post(e.w1, query, "i", receipt).ok().data("receiveStock.onHand"))
                .isEqualTo(10);
        // a retry over a poor network receives nothing twice
        assertThat((Integer) gql.post(e.w1, query, "i", receipt).ok().data("receiveStock.onHand"))
                .isEqualTo(10);
        // another station of the project reads it, cannot change it
        assertThat(e.level(e.w2, e.s1, tents)).containsEntry("onHand", 10).containsEntry("belowMinimum", false);
        assertThat(e.receive(e.w2, e.s1, tents, 1, null).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(e.use(e.w2, e.s1, tents, 1).errorCode()).isEqualTo("FORBIDDEN");
        // another project's station and another bureau's worker do not see it at all
        for (var outside : List.of(e.outsider, world.token("workerB1"), world.token("viewerA"))) {
            assertThat(e.level(outside, e.s1, tents)).isNull();
            assertThat(e.use(outside, e.s1, tents, 1).errorCode()).isEqualTo("NOT_FOUND");
            assertThat(gql.post(outside, "query($p: ID!) { resourceTypes(projectId: $p) { id } }", "p", e.project)
                            .ok()
                            .<List<?>>data("resourceTypes"))
                    .isEmpty();
            assertThat(gql.post(
                                    outside,
                                    "query($p: ID!) { stockOverview(projectId: $p) { types { id } } }",
                                    "p",
                                    e.project)
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
        }
        // a type of another project is not this station's
        var foreign = gql.post(
                e.lead,
                "mutation($i: ResourceTypeInput!) { defineResourceType(input: $i) { id } }",
                "i",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "projectId",
                        e.otherProject,
                        "name",
                        "帐篷",
                        "category",
                        "SHELTER",
                        "unit",
                        "顶",
                        "minimumPerStation",
                        1,
                        "expires",
                        false));
        assertThat(foreign.errorCode()).isIn("NOT_FOUND", "FORBIDDEN");

        assertThat((Integer) e.use(e.w1, e.s1, tents, 4).ok().data("useStock.onHand"))
                .isEqualTo(6);
        var short_ = e.use(e.w1, e.s1, tents, 7);
        assertThat(short_.errorCode()).isEqualTo("CONFLICT");
        assertThat(short_.errorMessage()).contains("可用 6");
        assertThat(e.level(e.w1, e.s1, tents)).containsEntry("onHand", 6).containsEntry("belowMinimum", true);

        assertThat(e.adjust(e.w1, e.s1, tents, -1, " ").errorField()).isEqualTo("input.reason");
        var adjusted = e.adjust(e.w1, e.s1, tents, -1, "盘点发现一顶破损");
        assertThat((Integer) adjusted.ok().data("adjustStock.onHand")).isEqualTo(5);
        assertThat(
                        OwnerConnection.count(
                                "SELECT count(*) FROM audit_event WHERE action = 'STOCK_ADJUSTED' AND changes->>'reason' = '盘点发现一顶破损'"))
                .isEqualTo(1);

        List<Map<String, Object>> ledger = gql.post(
                        e.w2,
                        "query($s: ID!, $t: ID) { stockMovements(stationId: $s, resourceTypeId: $t) { edges { node { kind quantity reason } } } }",
                        "s",
                        e.s1,
                        "t",
                        tents)
                .ok()
                .data("stockMovements.edges");
        assertThat(ledger)
                .extracting(edge -> (Object) ((Map<?, ?>) edge.get("node")).get("kind"))
                .containsExactly("ADJUST", "USE", "RECEIVE");
        assertThat(OwnerConnection.count(INCONSISTENT)).isZero();
    }

    @Test
    void expiringStockIsUsedEarliestFirstAndAlerted() {
        var kits = e.type("急救包", "MEDICAL", 3, true);
        var noExpiry = e.receive(e.w2, e.s2, kits, 5, null);
        assertThat(noExpiry.errorField()).isEqualTo("input.expiresOn");
        e.receive(e.w2, e.s2, kits, 5, today.plusMonths(8)).ok();
        e.receive(e.w2, e.s2, kits, 4, today.plusDays(10)).ok();
        var used = e.use(e.w2, e.s2, kits, 6).ok();
        assertThat(used.<List<Map<String, Object>>>data("useStock.batches"))
                .containsExactly(Map.of("expiresOn", today.plusMonths(8).toString(), "quantity", 3));

        e.receive(e.w2, e.s2, kits, 2, today.plusDays(20)).ok();
        List<Map<String, Object>> alerts = gql.post(
                        e.w2,
                        "query($s: ID!) { station(id: $s) { stockAlerts { kind quantity expiresOn resourceType { id } } } }",
                        "s",
                        e.s2)
                .ok()
                .data("station.stockAlerts");
        assertThat(alerts)
                .filteredOn(alert ->
                        ((Map<?, ?>) alert.get("resourceType")).get("id").equals(kits))
                .extracting(alert -> alert.get("kind") + ":" + alert.get("quantity"))
                .containsExactly("EXPIRING:2");
        List<Map<String, Object>> projectAlerts = gql.post(
                        e.viewer,
                        "query($p: ID!) { stockAlerts(projectId: $p) { kind station { id } resourceType { id } } }",
                        "p",
                        e.project)
                .ok()
                .data("stockAlerts");
        // s1 and s3 hold no kits: under the minimum of 3
        assertThat(projectAlerts)
                .filteredOn(alert ->
                        ((Map<?, ?>) alert.get("resourceType")).get("id").equals(kits))
                .filteredOn(alert -> alert.get("kind").equals("BELOW_MINIMUM"))
                .extracting(alert -> (Object) ((Map<?, ?>) alert.get("station")).get("id"))
                .containsExactlyInAnyOrder(e.s1, e.s3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIncidentRunsItsClockAndKeepsWhatWasUsedForIt() {
        var water = e.type("饮用水", "FOOD", 0, false);
        e.receive(e.w3, e.s3, water, 30, null).ok();
        var occurred = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var incident = UUID.randomUUID().toString();
        var report = Map.<String, Object>of(
                "id",
                incident,
                "stationId",
                e.s3,
                "occurredAt",
                occurred.toString(),
                "place",
                "南街小学",
                "kind",
                "PUBLIC_HEALTH",
                "peopleAffected",
                12,
                "summary",
                "学生集体腹泻，疑似饮水污染");
        var reported = gql.post(
                        e.w3,
                        "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { status version responseDeadline { kind state dueAt } } }",
                        "i",
                        report)
                .ok();
        assertThat(reported.<String>data("reportIncident.responseDeadline.state"))
                .isEqualTo("OPEN");
        assertThat(Instant.parse(reported.data("reportIncident.responseDeadline.dueAt")))
                .isEqualTo(occurred.plus(24, ChronoUnit.HOURS));
        assertThat(gql.post(
                                e.outsider,
                                "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }",
                                "i",
                                Map.of(
                                        "id",
                                        UUID.randomUUID().toString(),
                                        "stationId",
                                        e.s3,
                                        "occurredAt",
                                        occurred.toString(),
                                        "place",
                                        "南街小学",
                                        "kind",
                                        "OTHER",
                                        "peopleAffected",
                                        1,
                                        "summary",
                                        "别处的事件"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");

        gql.post(
                        e.w3,
                        "mutation($i: UseStockInput!) { useStock(input: $i) { onHand } }",
                        "i",
                        Map.of(
                                "id",
                                UUID.randomUUID().toString(),
                                "stationId",
                                e.s3,
                                "resourceTypeId",
                                water,
                                "quantity",
                                6,
                                "incidentId",
                                incident,
                                "purpose",
                                "更换饮用水"))
                .ok();
        var step = "mutation($i: IncidentStepInput!) { %s(input: $i) { status version responseDeadline { state } } }";
        assertThat(gql.post(
                                e.w3,
                                step.formatted("reviewIncident"),
                                "i",
                                Map.of("id", incident, "version", 1, "text", "复盘"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        var responded = gql.post(
                        e.w3,
                        step.formatted("respondToIncident"),
                        "i",
                        Map.of("id", incident, "version", 1, "text", "停用直饮机，送医 3 人，联系疾控"))
                .ok();
        assertThat(responded.<String>data("respondToIncident.responseDeadline.state"))
                .isEqualTo("MET");
        assertThat(gql.post(
                                e.w3,
                                step.formatted("reviewIncident"),
                                "i",
                                Map.of("id", incident, "version", 1, "text", "复盘"))
                        .errorCode())
                .as("a stale version")
                .isEqualTo("CONFLICT");
        gql.post(e.w3, step.formatted("reviewIncident"), "i", Map.of("id", incident, "version", 2, "text", "饮水设备须每月检查"))
                .ok();

        var read = gql.post(
                        e.w1,
                        "query($p: ID!) { incidents(projectId: $p) { edges { node { id status stationId stationName uses { quantity resourceType { name } } } } } }",
                        "p",
                        e.project)
                .ok();
        List<Map<String, Object>> edges = read.data("incidents.edges");
        var node = (Map<?, ?>) edges.stream()
                .map(edge -> edge.get("node"))
                .filter(n -> ((Map<?, ?>) n).get("id").equals(incident))
                .findFirst()
                .orElseThrow();
        assertThat(node.get("status")).isEqualTo("REVIEWED");
        assertThat((List<Object>) node.get("uses"))
                .containsExactly(Map.of("quantity", -6, "resourceType", Map.of("name", "饮用水")));
        for (var outside : List.of(e.outsider, world.token("workerB1"))) {
            assertThat(gql.post(outside, "query($i: ID!) { incident(id: $i) { id } }", "i", incident)
                            .ok()
                            .<Object>data("incident"))
                    .isNull();
        }
    }

    @Test
    void anUnansweredIncidentEscalatesToTheReporterTheLeadAndTheSupervisorOnce() throws SQLException {
        var incident = UUID.randomUUID().toString();
        gql.post(
                        e.w2,
                        "mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }",
                        "i",
                        Map.of(
                                "id",
                                incident,
                                "stationId",
                                e.s2,
                                "occurredAt",
                                Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                                "place",
                                "西街菜市场",
                                "kind",
                                "ACCIDENT",
                                "peopleAffected",
                                3,
                                "summary",
                                "雨棚坍塌，三人轻伤"))
                .ok();
        sweep.sweep(Instant.now().plus(24, ChronoUnit.HOURS));
        var inbox =
                "{ notifications(unreadOnly: true, first: 50) { edges { node { kind subjectType subjectId message stationId: station { id } } } } }";
        for (var recipient : List.of(e.w2, e.lead, e.supervisor)) {
            List<Map<String, Object>> edges = gql.post(recipient, inbox).ok().data("notifications.edges");
            assertThat(edges)
                    .extracting(edge -> (Map<?, ?>) edge.get("node"))
                    .filteredOn(node -> incident.equals(node.get("subjectId")))
                    .singleElement()
                    .satisfies(node -> {
                        assertThat(node.get("kind")).isEqualTo("BREACH");
                        assertThat(node.get("subjectType")).isEqualTo("Incident");
                        assertThat((String) node.get("message"))
                                .contains("西街菜市场")
                                .contains("未登记响应措施");
                    });
        }
        for (var bystander : List.of(e.w1, e.viewer, e.outsider)) {
            List<Map<String, Object>> edges = gql.post(bystander, inbox).ok().data("notifications.edges");
            assertThat(edges).noneMatch(edge -> incident.equals(((Map<?, ?>) edge.get("node")).get("subjectId")));
        }
        sweep.sweep(Instant.now().plus(25, ChronoUnit.HOURS));
        assertThat(OwnerConnection.count("SELECT count(*) FROM notification WHERE subject_id = '" + incident + "'"))
                .as("once per recipient, also after another sweep")
                .isEqualTo(3);
    }

    @Test
    void aQuarterWithoutADrillIsFlagged() {
        var quarter = Quarter.of(today).toString();
        e.drill(e.w1, UUID.randomUUID().toString(), e.s1, today, "社区火灾疏散演练", 40).ok();
        e.drill(e.w2, UUID.randomUUID().toString(), e.s2, today, "防汛演练", 9).ok();
        assertThat(e.drill(e.w2, UUID.randomUUID().toString(), e.s1, today, "代登记", 5)
                        .errorCode())
                .isEqualTo("FORBIDDEN");
        List<Map<String, Object>> stations = gql.post(
                        e.viewer,
                        "query($p: ID!, $q: Quarter!) { stations(projectId: $p) { edges { node { id drills(quarter: $q) { missing drills { scenario } } } } } }",
                        "p",
                        e.project,
                        "q",
                        quarter)
                .ok()
                .data("stations.edges");
        var missing = stations.stream()
                .map(edge -> (Map<?, ?>) edge.get("node"))
                .collect(java.util.stream.Collectors.<Map<?, ?>, Object, Object>toMap(
                        n -> n.get("id"), n -> ((Map<?, ?>) n.get("drills")).get("missing")));
        assertThat(missing)
                .containsEntry(e.s1, false)
                .containsEntry(e.s2, false)
                .containsEntry(e.s3, true);
    }

    @Test
    void aDrillIsCorrectedByItsStationOnTheVersionSeen() throws java.sql.SQLException {
        var quarter = Quarter.of(today);
        var drill = UUID.randomUUID().toString();
        e.drill(e.w2, drill, e.s2, today, "防汛演练", 9).ok();
        var correct =
                "mutation($i: CorrectDrillInput!) { correctDrill(input: $i) { heldOn scenario participants findings version } }";
        java.util.function.BiFunction<Integer, LocalDate, Map<String, Object>> input = (version, heldOn) -> Map.of(
                "id",
                drill,
                "version",
                version,
                "heldOn",
                heldOn.toString(),
                "scenario",
                "防汛转移演练",
                "participants",
                11,
                "findings",
                "集合点标识不清");

        assertThat(gql.post(e.w1, correct, "i", input.apply(1, today)).errorCode())
                .as("a sibling station's worker")
                .isEqualTo("FORBIDDEN");
        assertThat(gql.post(e.w2, correct, "i", input.apply(1, today.plusDays(1)))
                        .errorField())
                .isEqualTo("input.heldOn");
        var noOne = new java.util.HashMap<>(input.apply(1, today));
        noOne.put("participants", 0);
        assertThat(gql.post(e.w2, correct, "i", noOne).errorField()).isEqualTo("input.participants");
        var unknown = new java.util.HashMap<>(input.apply(1, today));
        unknown.put("id", UUID.randomUUID().toString());
        assertThat(gql.post(e.w2, correct, "i", unknown).errorCode()).isEqualTo("NOT_FOUND");

        var lastQuarter = quarter.firstDay().minusDays(1);
        var corrected =
                gql.post(e.w2, correct, "i", input.apply(1, lastQuarter)).ok();
        assertThat(corrected.<Map<String, Object>>data("correctDrill"))
                .containsEntry("heldOn", lastQuarter.toString())
                .containsEntry("scenario", "防汛转移演练")
                .containsEntry("participants", 11)
                .containsEntry("findings", "集合点标识不清")
                .containsEntry("version", 2);
        var stale = gql.post(e.w2, correct, "i", input.apply(1, today));
        assertThat(stale.errorCode()).as("stale").isEqualTo("CONFLICT");
        assertThat(stale.errorMessage()).isEqualTo("演练记录已被他人修改（当前版本 2），请刷新后再操作");
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'DRILL_CORRECTED' AND subject_id = '" + drill
                                + "'"))
                .isEqualTo(1);

        var read =
                "query($s: ID!, $q: Quarter!) { station(id: $s) { drills(quarter: $q) { missing drills { scenario } } } }";
        assertThat(gql.post(
                                e.lead,
                                read,
                                "s",
                                e.s2,
                                "q",
                                Quarter.of(lastQuarter).toString())
                        .ok()
                        .<List<Object>>data("station.drills.drills"))
                .containsExactly(Map.of("scenario", "防汛转移演练"));
        assertThat(gql.post(e.lead, read, "s", e.s2, "q", quarter.toString())
                        .ok()
                        .<List<Object>>data("station.drills.drills"))
                .doesNotContain(Map.of("scenario", "防汛转移演练"));
        assertThat(gql.post(e.lead, correct, "i", input.apply(2, today)).ok().<Integer>data("correctDrill.version"))
                .as("the project's lead")
                .isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewIsATypeByStationMatrix() {
        var radios = e.type("对讲机", "COMMUNICATION", 2, false);
        e.receive(e.w1, e.s1, radios, 4, null).ok();
        var overview = gql.post(
                        e.lead,
                        "query($p: ID!) { stockOverview(projectId: $p) { types { id } rows { station { id } levels { onHand resourceType { id } } } } }",
                        "p",
                        e.project)
                .ok();
        List<Map<String, Object>> types = overview.data("stockOverview.types");
        List<Map<String, Object>> rows = overview.data("stockOverview.rows");
        assertThat(rows).hasSize(3);
        for (var row : rows) {
            var levels = (List<?>) row.get("levels");
            assertThat(levels).hasSameSizeAs(types);
            for (int i = 0; i < types.size(); i++) {
                assertThat(((Map<?, ?>) ((Map<?, ?>) levels.get(i)).get("resourceType")).get("id"))
                        .isEqualTo(types.get(i).get("id"));
            }
        }
        var s1 = rows.stream()
                .filter(row -> ((Map<?, ?>) row.get("station")).get("id").equals(e.s1))
                .findFirst()
                .orElseThrow();
        assertThat((List<Object>) s1.get("levels")).contains(Map.of("onHand", 4, "resourceType", Map.of("id", radios)));
    }

    @Test
    void everyStationOfTheProjectSeesStockChangesLiveAndNobodyElseMaySubscribe() {
        var lamps = e.type("应急照明灯", "TOOLS", 1, false);
        var changed =
                "subscription($p: ID!) { stockChanged(projectId: $p) { onHand available stationId station { id } resourceType { name } } }";
        try (var neighbour = WsClient.signedIn(server.getURL().toString(), e.w2);
                var outsider = WsClient.signedIn(server.getURL().toString(), e.outsider)) {
            neighbour.subscribe("s", changed, Map.of("p", e.project));
            outsider.subscribe("s", changed, Map.of("p", e.project));
            var refused = outsider.next();
            assertThat(refused.get("type")).isEqualTo("error");
            assertThat(refused.toString()).contains("NOT_FOUND");
            neighbour.send(Map.of("type", "ping"));
            assertThat(neighbour.next().get("type")).isEqualTo("pong");

            e.receive(e.w1, e.s1, lamps, 3, null).ok();
            Map<String, Object> pushed;
            do {
                pushed = neighbour.next();
            } while (!pushed.toString().contains("应急照明灯"));
            assertThat(pushed.get("type")).isEqualTo("next");
            @SuppressWarnings("unchecked")
            var level = (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) pushed.get("payload")).get("data"))
                            .get("stockChanged");
            assertThat(level)
                    .containsEntry("onHand", 3)
                    .containsEntry("available", 3)
                    .containsEntry("stationId", e.s1)
                    .as("a sibling station's record stays out of reach")
                    .containsEntry("station", null);
        }
    }
}
