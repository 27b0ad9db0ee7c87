package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feedback through the API, in a bureau of its own (F: project F with stations f1 and f2, two
 * workers at f1, one at f2, its lead, supervisor and bureau viewer), beside the world's bureau B.
 */
@MicronautTest(transactional = false)
class FeedbackApiTest extends ApiTest {
    static final String FIELDS = """
            id version state kind urgency anonymous name contact confidential classification plan response
            escalationReason satisfaction receivedAt station { id }
            history { action note } deadlines { kind state startedAt dueAt }""";
    static final String ITEM = "query($id: ID!) { feedbackItem(id: $id) { " + FIELDS + " } }";

    String tag, bureauF, projectF, f1, f2;
    String workerF1, otherF1, workerF2, leadF, supervisorF, viewerF;

    @BeforeAll
    void buildBureauF() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        bureauF = gql.create(admin, "createBureau", "{name: \"反馈局" + tag + "\", regionCode: \"411000\"}");
        projectF = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureauF + "\", name: \"反馈项目\", agencyName: \"反馈机构" + tag + "\", year: 2026}");
        f1 = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + projectF + "\", name: \"反馈一站\", kind: TOWN, regionCode: \"411000001\"}");
        f2 = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + projectF + "\", name: \"反馈二站\", kind: TOWN, regionCode: \"411000002\"}");
        workerF1 = user("wf1", "STATION_WORKER", "stationId", f1);
        otherF1 = user("of1", "STATION_WORKER", "stationId", f1);
        workerF2 = user("wf2", "STATION_WORKER", "stationId", f2);
        leadF = user("lf", "PROJECT_LEAD", "projectId", projectF);
        supervisorF = user("sf", "SUPERVISOR", "projectId", projectF);
        viewerF = user("vf", "BUREAU_VIEWER", "bureauId", bureauF);
    }

    @Test
    void anUrgentComplaintRunsItsClocksThroughEveryStepToTheBureau() throws SQLException {
        var received = receive(
                        workerF1,
                        f1,
                        Map.of("kind", "COMPLAINT", "urgency", "URGENT", "contact", "13812345678", "name", "王小明"))
                .ok();
        var id = (String) received.data("receiveFeedback.id");
        assertThat((String) received.data("receiveFeedback.contact")).isEqualTo("138****5678");
        assertThat((String) received.data("receiveFeedback.name")).isEqualTo("王**");
        List<Map<String, Object>> clocks = received.data("receiveFeedback.deadlines");
        assertThat(clocks)
                .extracting(c -> c.get("kind"))
                .containsExactlyInAnyOrder("EVALUATE", "EMERGENCY_RESPONSE", "REPLY");
        var evaluate = clocks.stream()
                .filter(c -> c.get("kind").equals("EVALUATE"))
                .findFirst()
                .orElseThrow();
        assertThat(Duration.between(Instant.parse((String) evaluate.get("startedAt")), Instant.parse((String)
                        evaluate.get("dueAt"))))
                .isEqualTo(Duration.ofHours(48));

        assertThat(step("respondToFeedback", workerF1, id, 1, "text", "先答复").errorCode())
                .isEqualTo("CONFLICT");
        var noPlan = gql.post(
                workerF1,
                "mutation($i: EvaluateFeedbackInput!) { evaluateFeedback(input: $i) { id } }",
                "i",
                Map.of("id", id, "version", 1, "classification", "服务态度", "plan", " "));
        assertThat(noPlan.errorField()).isEqualTo("input.plan");
        var evaluated = evaluate(workerF1, id, 1).ok();
        assertThat(state(evaluated, "evaluateFeedback", "EVALUATE")).isEqualTo("MET");
        assertThat(evaluate(workerF1, id, 1).errorCode()).as("a stale version").isEqualTo("CONFLICT");
        var responded =
                step("respondToFeedback", workerF1, id, 2, "text", "已电话联系，说明情况").ok();
        assertThat(state(responded, "respondToFeedback", "EMERGENCY_RESPONSE")).isEqualTo("MET");
        assertThat(state(responded, "respondToFeedback", "REPLY")).isEqualTo("MET");
        assertThat(step("closeFeedback", viewerF, id, 3, "satisfaction", 3).errorCode())
                .as("the bureau takes only escalated items")
                .isEqualTo("FORBIDDEN");
        step("escalateFeedback", workerF1, id, 3, "text", "反馈人对答复不满意").ok();
        assertThat(step("closeFeedback", viewerF, id, 4, "satisfaction", 6).errorField())
                .isEqualTo("input.satisfaction");
        var closed = step("closeFeedback", viewerF, id, 4, "satisfaction", 4).ok();
        assertThat((String) closed.data("closeFeedback.state")).isEqualTo("CLOSED");
        List<Map<String, Object>> history = closed.data("closeFeedback.history");
        assertThat(history)
                .extracting(h -> h.get("action"))
                .containsExactly("RECEIVED", "EVALUATED", "RESPONDED", "ESCALATED", "CLOSED");
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM audit_event WHERE subject_type = 'Feedback' AND subject_id = '" + id
                                + "' AND action LIKE 'FEEDBACK_%'"))
                .isEqualTo(5);
    }

    @Test
    void anAnonymousComplaintAboutAStaffMemberIsRefusedAndOtherAnonymousFeedbackIsKept() throws SQLException {
        var before = OwnerConnection.count("SELECT count(*) FROM feedback_item WHERE station_id = '" + f1 + "'");
        var refused = receive(workerF1, f1, Map.of("kind", "COMPLAINT", "anonymous", true, "aboutStaff", true));
        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.errorField()).isEqualTo("input.anonymous");
        assertThat(refused.errorMessage()).contains("不能匿名");
        assertThat(OwnerConnection.count("SELECT count(*) FROM feedback_item WHERE station_id = '" + f1 + "'"))
                .isEqualTo(before);
        var kept = receive(workerF1, f1, Map.of("kind", "SUGGESTION", "anonymous", true))
                .ok();
        assertThat((Object) kept.data("receiveFeedback.contact")).isNull();
        List<?> clocks = kept.data("receiveFeedback.deadlines");
        assertThat(clocks).hasSize(1); // evaluation only
        assertThat(gql.post(
                                leadF,
                                "query($id: ID!) { feedbackContact(id: $id) { contact } }",
                                "id",
                                kept.data("receiveFeedback.id"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(receive(workerF1, f1, Map.of("kind", "OPINION")).errorField())
                .isEqualTo("input.contact");
        assertThat(receive(
                                workerF1,
                                f1,
                                Map.of(
                                        "kind",
                                        "OPINION",
                                        "contact",
                                        "13812345678",
                                        "receivedAt",
                                        Instant.now().minus(Duration.ofDays(31)).toString()))
                        .errorField())
                .isEqualTo("input.receivedAt");
        // entered a day late: its 48-hour clock started when it came in
        var late = receive(
                        workerF1,
                        f1,
                        Map.of(
                                "kind",
                                "OPINION",
                                "contact",
                                "13812345678",
                                "receivedAt",
                                Instant.now().minus(Duration.ofDays(1)).toString()))
                .ok();
        List<Map<String, Object>> lateClocks = late.data("receiveFeedback.deadlines");
        assertThat(Instant.parse((String) lateClocks.getFirst().get("dueAt")))
                .isBefore(Instant.now().plus(Duration.ofHours(25)));
    }

    @Test
    void aConfidentialItemIsReadByItsHandlerAndTheProjectsManagersOnly() throws SQLException {
        var id = (String)
                receive(workerF1, f1, Map.of("kind", "COMPLAINT", "contact", "13900001111", "confidential", true))
                        .ok()
                        .data("receiveFeedback.id");
        assertThat((Object) gql.post(workerF1, ITEM, "id", id).ok().data("feedbackItem"))
                .isNotNull();
        assertThat((Object) gql.post(leadF, ITEM, "id", id).ok().data("feedbackItem"))
                .isNotNull();
        assertThat((Object) gql.post(supervisorF, ITEM, "id", id).ok().data("feedbackItem"))
                .isNotNull();
        assertThat((Object) gql.post(otherF1, ITEM, "id", id).ok().data("feedbackItem"))
                .as("a colleague")
                .isNull();
        assertThat((Object) gql.post(viewerF, ITEM, "id", id).ok().data("feedbackItem"))
                .as("the bureau")
                .isNull();
        var list = "query($s: ID!) { station(id: $s) { feedback(first: 100) { edges { node { id } } } } }";
        assertThat(gql.post(otherF1, list, "s", f1).ok().<List<Map<String, Object>>>data("station.feedback.edges"))
                .noneMatch(edge -> ((Map<?, ?>) edge.get("node")).get("id").equals(id));
        assertThat(gql.post(leadF, list, "s", f1).ok().<List<Map<String, Object>>>data("station.feedback.edges"))
                .anyMatch(edge -> ((Map<?, ?>) edge.get("node")).get("id").equals(id));
        // the clear contact: the handler may, its read is audited
        var contact = gql.post(workerF1, "query($id: ID!) { feedbackContact(id: $id) { contact } }", "id", id)
                .ok();
        assertThat((String) contact.data("feedbackContact.contact")).isEqualTo("13900001111");
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM audit_event WHERE action = 'FEEDBACK_CONTACT_READ' AND subject_id = '"
                                + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void theContactOfAnOrdinaryItemIsForItsHandlerAndManagersOnly() {
        var id = (String) receive(workerF1, f1, Map.of("kind", "OPINION", "contact", "13700002222"))
                .ok()
                .data("receiveFeedback.id");
        var query = "query($id: ID!) { feedbackContact(id: $id) { contact } }";
        assertThat(gql.post(otherF1, query, "id", id).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(gql.post(viewerF, query, "id", id).errorCode()).isEqualTo("FORBIDDEN");
        assertThat((String) gql.post(supervisorF, query, "id", id).ok().data("feedbackContact.contact"))
                .isEqualTo("13700002222");
    }

    @Test
    void everyFieldKeepsToItsStationAndItsBureau() {
        var id = UUID.randomUUID().toString();
        receive(workerF1, f1, id, Map.of("kind", "PRAISE", "contact", "13600003333"))
                .ok();
        receive(workerF1, f1, id, Map.of("kind", "PRAISE", "contact", "13600003333"))
                .ok(); // a retry
        assertThat(receive(workerF2, f2, id, Map.of("kind", "PRAISE", "contact", "13600003333"))
                        .errorCode())
                .isEqualTo("CONFLICT");
        for (var stranger : List.of(workerF2, world.token("viewerB"), world.token("workerB1"))) {
            assertThat((Object) gql.post(stranger, ITEM, "id", id).ok().data("feedbackItem"))
                    .isNull();
            assertThat((Object) gql.post(
                                    stranger,
                                    "query($s: ID!) { station(id: $s) { feedback { edges { node { id } } } } }",
                                    "s",
                                    f1)
                            .ok()
                            .data("station"))
                    .isNull();
            assertThat(evaluate(stranger, id, 1).errorCode()).isEqualTo("NOT_FOUND");
            assertThat(gql.post(stranger, "query($id: ID!) { feedbackContact(id: $id) { contact } }", "id", id)
                            .errorCode())
                    .isEqualTo("NOT_FOUND");
        }
        assertThat(receive(workerF1, world.b1, Map.of("kind", "OPINION", "contact", "13600003333"))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(receive(viewerF, f1, Map.of("kind", "OPINION", "contact", "13600003333"))
                        .errorCode())
                .isEqualTo("FORBIDDEN");
    }

    private Gql.Response receive(String token, String station, Map<String, Object> fields) {
        return receive(token, station, UUID.randomUUID().toString(), fields);
    }

    private Gql.Response receive(String token, String station, String id, Map<String, Object> fields) {
        var input = new HashMap<String, Object>(
                Map.of("id", id, "stationId", station, "channel", "HOTLINE", "summary", "居民反映服务情况"));
        input.putAll(fields);
        return gql.post(
                token,
                "mutation($i: ReceiveFeedbackInput!) { receiveFeedback(input: $i) { " + FIELDS + " } }",
                "i",
                input);
    }

    private Gql.Response evaluate(String token, String id, int version) {
        return gql.post(
                token,
                "mutation($i: EvaluateFeedbackInput!) { evaluateFeedback(input: $i) { " + FIELDS + " } }",
                "i",
                Map.of("id", id, "version", version, "classification", "服务态度", "plan", "两日内回访"));
    }

    private Gql.Response step(String mutation, String token, String id, int version, String field, Object value) {
        var type = switch (mutation) {
            case "closeFeedback" -> "CloseFeedbackInput";
            default -> "FeedbackStepInput";
        };
        return gql.post(
                token,
                "mutation($i: " + type + "!) { " + mutation + "(input: $i) { " + FIELDS + " } }",
                "i",
                Map.of("id", id, "version", version, field, value));
    }

    @SuppressWarnings("unchecked")
    private static String state(Gql.Response response, String mutation, String kind) {
        List<Map<String, Object>> clocks = response.data(mutation + ".deadlines");
        return (String) clocks.stream()
                .filter(c -> c.get("kind").equals(kind))
                .findFirst()
                .orElseThrow()
                .get("state");
    }

    private String user(String prefix, String role, String targetField, String targetId) {
        return ApiWorld.signedInUser(gql, world.admin(), prefix + tag, role, targetField, targetId);
    }
}
