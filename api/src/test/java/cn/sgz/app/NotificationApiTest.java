package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.deadline.DeadlineReached;
import cn.sgz.infra.deadline.DeadlineSweep;
import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A breached feedback clock lands in the inbox of the item's handler and the project's lead and
 * supervisors, once each, and nowhere else. The test sweeps by hand, a day ahead of now (the
 * scheduled sweeper is off in tests).
 */
@MicronautTest(transactional = false)
class NotificationApiTest extends ApiTest {
    static final String INBOX =
            "query($u: Boolean) { notifications(unreadOnly: $u) { edges { node { id kind message read subjectId station { id } } } } }";

    @Inject
    DeadlineSweep sweep;

    @Test
    void aBreachReachesTheHandlerTheLeadAndTheSupervisorOnce() throws SQLException {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var admin = world.admin();
        var bureau = gql.create(admin, "createBureau", "{name: \"提醒局" + tag + "\", regionCode: \"411000\"}");
        var project = gql.create(
                admin,
                "createProject",
                "{bureauId: \"" + bureau + "\", name: \"提醒项目\", agencyName: \"提醒机构" + tag + "\", year: 2026}");
        var station = gql.create(
                admin,
                "createStation",
                "{projectId: \"" + project + "\", name: \"提醒站\", kind: TOWN, regionCode: \"411000001\"}");
        var worker = ApiWorld.signedInUser(gql, admin, "wn" + tag, "STATION_WORKER", "stationId", station);
        var colleague = ApiWorld.signedInUser(gql, admin, "cn" + tag, "STATION_WORKER", "stationId", station);
        var lead = ApiWorld.signedInUser(gql, admin, "ln" + tag, "PROJECT_LEAD", "projectId", project);
        var supervisor = ApiWorld.signedInUser(gql, admin, "sn" + tag, "SUPERVISOR", "projectId", project);
        var viewer = ApiWorld.signedInUser(gql, admin, "vn" + tag, "BUREAU_VIEWER", "bureauId", bureau);

        var item = UUID.randomUUID().toString();
        gql.post(
                        worker,
                        "mutation($i: ReceiveFeedbackInput!) { receiveFeedback(input: $i) { id } }",
                        "i",
                        Map.of(
                                "id",
                                item,
                                "stationId",
                                station,
                                "channel",
                                "HOTLINE",
                                "kind",
                                "SUGGESTION",
                                "urgency",
                                "URGENT",
                                "summary",
                                "楼道照明损坏，老人夜间出行不便",
                                "contact",
                                "13812340000"))
                .ok();
        // a day later: the 24-hour clock is breached, the 48-hour one has not reached its warning yet
        var reached = sweep.sweep(Instant.now().plus(Duration.ofHours(25)));
        assertThat(reached)
                .filteredOn(r -> r.subjectId().equals(item))
                .extracting(DeadlineReached::kind)
                .containsExactly(DeadlineReached.Kind.BREACH);

        for (var recipient : List.of(worker, lead, supervisor)) {
            List<Map<String, Object>> edges =
                    gql.post(recipient, INBOX, "u", true).ok().data("notifications.edges");
            var mine = edges.stream()
                    .map(e -> (Map<?, ?>) e.get("node"))
                    .filter(n -> n.get("subjectId").equals(item))
                    .toList();
            assertThat(mine).hasSize(1);
            assertThat((String) mine.getFirst().get("message"))
                    .contains("紧急响应已超时")
                    .contains("楼道照明损坏");
            assertThat(((Map<?, ?>) mine.getFirst().get("station")).get("id")).isEqualTo(station);
        }
        for (var bystander : List.of(colleague, viewer, world.token("workerA1"))) {
            List<Map<String, Object>> edges =
                    gql.post(bystander, INBOX, "u", false).ok().data("notifications.edges");
            assertThat(edges)
                    .noneMatch(e -> ((Map<?, ?>) e.get("node")).get("subjectId").equals(item));
        }
        // a second sweep and the catch-up deliver nothing twice
        sweep.sweep(Instant.now().plus(Duration.ofHours(26)));
        assertThat(OwnerConnection.count("SELECT count(*) FROM notification WHERE subject_id = '" + item + "'"))
                .isEqualTo(3);

        // marking read: one's own, not another's
        List<Map<String, Object>> edges =
                gql.post(worker, INBOX, "u", true).ok().data("notifications.edges");
        var own = (String) edges.stream()
                .map(e -> (Map<?, ?>) e.get("node"))
                .filter(n -> n.get("subjectId").equals(item))
                .findFirst()
                .orElseThrow()
                .get("id");
        List<Map<String, Object>> leads = gql.post(lead, INBOX, "u", true).ok().data("notifications.edges");
        var leadsOwn = (String) leads.stream()
                .map(e -> (Map<?, ?>) e.get("node"))
                .filter(n -> n.get("subjectId").equals(item))
                .findFirst()
                .orElseThrow()
                .get("id");
        var marked = gql.post(
                        worker,
                        "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }",
                        "ids",
                        List.of(own, leadsOwn))
                .ok();
        assertThat((Integer) marked.data("markNotificationsRead")).isEqualTo(1);
        List<Map<String, Object>> unread =
                gql.post(worker, INBOX, "u", true).ok().data("notifications.edges");
        assertThat(unread).noneMatch(e -> ((Map<?, ?>) e.get("node")).get("id").equals(own));
        List<Map<String, Object>> leadUnread =
                gql.post(lead, INBOX, "u", true).ok().data("notifications.edges");
        assertThat(leadUnread)
                .anyMatch(e -> ((Map<?, ?>) e.get("node")).get("id").equals(leadsOwn));
        assertThat(gql.post(
                                worker,
                                "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }",
                                "ids",
                                List.of("nope"))
                        .errorField())
                .isEqualTo("ids[0]");
    }
}
