package cn.sgz.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bureau of its own for an emergency test class: project P with stations S1, S2, S3 (a worker
 * each) and its lead and supervisor, a second project Q of the same bureau with station T1 and its
 * worker, the bureau's viewer. Speaks the domain: types, receipts, uses, levels.
 */
final class EmergencyWorld {
    final Gql gql;
    final String admin, project, otherProject, s1, s2, s3, t1;
    final String w1, w2, w3, lead, supervisor, viewer, outsider;

    EmergencyWorld(Gql gql, String admin) {
        this.gql = gql;
        this.admin = admin;
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var bureau = gql.create(admin, "createBureau", "{name: \"应急局" + tag + "\", regionCode: \"411000\"}");
        project = project(bureau, "应急项目", tag);
        otherProject = project(bureau, "另一项目", tag);
        s1 = station(project, "东站" + tag);
        s2 = station(project, "西站" + tag);
        s3 = station(project, "南站" + tag);
        t1 = station(otherProject, "他站" + tag);
        w1 = ApiWorld.signedInUser(gql, admin, "ew1" + tag, "STATION_WORKER", "stationId", s1);
        w2 = ApiWorld.signedInUser(gql, admin, "ew2" + tag, "STATION_WORKER", "stationId", s2);
        w3 = ApiWorld.signedInUser(gql, admin, "ew3" + tag, "STATION_WORKER", "stationId", s3);
        lead = ApiWorld.signedInUser(gql, admin, "el" + tag, "PROJECT_LEAD", "projectId", project);
        supervisor = ApiWorld.signedInUser(gql, admin, "es" + tag, "SUPERVISOR", "projectId", project);
        viewer = ApiWorld.signedInUser(gql, admin, "ev" + tag, "BUREAU_VIEWER", "bureauId", bureau);
        outsider = ApiWorld.signedInUser(gql, admin, "eo" + tag, "STATION_WORKER", "stationId", t1);
    }

    static final String LEVEL_FIELDS =
            "onHand reserved available minimum belowMinimum batches { expiresOn quantity } stationId stationName resourceType { id name }";

    /** The lead defines a type of P's catalogue; returns its id. */
    String type(String name, String category, int minimum, boolean expires) {
        return gql.post(
                        lead,
                        "mutation($i: ResourceTypeInput!) { defineResourceType(input: $i) { id } }",
                        "i",
                        Map.of(
                                "id", UUID.randomUUID().toString(),
                                "projectId", project,
                                "name", name,
                                "category", category,
                                "unit", "个",
                                "minimumPerStation", minimum,
                                "expires", expires))
                .ok()
                .data("defineResourceType.id");
    }

    Gql.Response receive(String token, String station, String type, int quantity, LocalDate expiresOn) {
        var input = new HashMap<String, Object>(Map.of(
                "id",
                UUID.randomUUID().toString(),
                "stationId",
                station,
                "resourceTypeId",
                type,
                "quantity",
                quantity));
        if (expiresOn != null) {
            input.put("expiresOn", expiresOn.toString());
        }
        return gql.post(
                token,
                "mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { " + LEVEL_FIELDS + " } }",
                "i",
                input);
    }

    /** A drill recorded at the station under the given id, held on the day. */
    Gql.Response drill(String token, String id, String station, LocalDate heldOn, String scenario, int participants) {
        return gql.post(
                token,
                "mutation($i: DrillInput!) { recordDrill(input: $i) { id } }",
                "i",
                Map.of(
                        "id", id,
                        "stationId", station,
                        "heldOn", heldOn.toString(),
                        "scenario", scenario,
                        "participants", participants));
    }

    Gql.Response use(String token, String station, String type, int quantity) {
        return gql.post(
                token,
                "mutation($i: UseStockInput!) { useStock(input: $i) { " + LEVEL_FIELDS + " } }",
                "i",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "stationId", station,
                        "resourceTypeId", type,
                        "quantity", quantity));
    }

    Gql.Response adjust(String token, String station, String type, int change, String reason) {
        return gql.post(
                token,
                "mutation($i: AdjustStockInput!) { adjustStock(input: $i) { onHand } }",
                "i",
                Map.of(
                        "id", UUID.randomUUID().toString(),
                        "stationId", station,
                        "resourceTypeId", type,
                        "change", change,
                        "reason", reason));
    }

    /**
     * The station's level of the type as the token reads it in the project's overview (every station
     * of the project reads it); null when the project is out of the token's reach (NOT_FOUND).
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> level(String token, String station, String type) {
        var overview = gql.post(
                token,
                "query($p: ID!) { stockOverview(projectId: $p) { rows { stationId levels { " + LEVEL_FIELDS
                        + " } } } }",
                "p",
                project);
        if (!overview.errors().isEmpty()) {
            org.assertj.core.api.Assertions.assertThat(overview.errorCode()).isEqualTo("NOT_FOUND");
            return null;
        }
        List<Map<String, Object>> rows = overview.data("stockOverview.rows");
        var stock = rows.stream()
                .filter(row -> station.equals(row.get("stationId")))
                .map(row -> (List<Map<String, Object>>) row.get("levels"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + station + " in " + overview.body()));
        return stock.stream()
                .filter(level -> type.equals(((Map<?, ?>) level.get("resourceType")).get("id")))
                .findFirst()
                .orElseThrow();
    }

    Gql.Response requestDispatch(String token, String station, String type, int quantity) {
        return gql.post(
                token,
                "mutation($i: RequestDispatchInput!) { requestDispatch(input: $i) { id version status } }",
                "i",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "stationId",
                        station,
                        "place",
                        "临时安置点",
                        "lines",
                        List.of(Map.of("resourceTypeId", type, "quantity", quantity))));
    }

    Gql.Response approve(String token, String dispatch, int version, String source, String type, int quantity) {
        return gql.post(
                token,
                "mutation($i: ApproveDispatchInput!) { approveDispatch(input: $i) { id version status allocations { quantity } } }",
                "i",
                Map.of(
                        "id",
                        dispatch,
                        "version",
                        version,
                        "allocations",
                        List.of(Map.of("stationId", source, "resourceTypeId", type, "quantity", quantity))));
    }

    Gql.Response step(String token, String mutation, String dispatch, int version) {
        return gql.post(
                token,
                "mutation($i: DispatchStepInput!) { " + mutation + "(input: $i) { id version status } }",
                "i",
                Map.of("id", dispatch, "version", version));
    }

    private String project(String bureau, String name, String tag) {
        return gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"" + name + "\", agencyName: \"应急机构" + tag + name
                        + "\", year: 2026}");
    }

    private String station(String project, String name) {
        return gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"" + name + "\", kind: TOWN, regionCode: \"411000001\"}");
    }
}
