package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dispatches through the API: who may request, approve, receive and cancel; reservation at the
 * source on approval; stock moved with its batches on receipt; and 50 concurrent approvals of one
 * short line never overselling it.
 */
@MicronautTest(transactional = false)
class DispatchApiTest extends ApiTest {
    EmergencyWorld e;

    @BeforeAll
    void build() {
        e = new EmergencyWorld(gql, world.admin());
    }

    @Test
    void approvalReservesAtTheSourceReceiptMovesTheStockCancellingReleasesIt() throws SQLException {
        var tents = e.type("帐篷", "SHELTER", 0, false);
        e.receive(e.w1, e.s1, tents, 10, null).ok();

        assertThat(e.requestDispatch(e.w1, e.s2, tents, 3).errorCode())
                .as("for another station")
                .isEqualTo("FORBIDDEN");
        assertThat(e.requestDispatch(e.outsider, e.s2, tents, 3).errorCode()).isEqualTo("NOT_FOUND");
        var request = e.requestDispatch(e.w2, e.s2, tents, 6).ok();
        String dispatch = request.data("requestDispatch.id");
        assertThat(request.<String>data("requestDispatch.status")).isEqualTo("REQUESTED");

        assertThat(e.approve(e.w1, dispatch, 1, e.s1, tents, 6).errorCode())
                .as("a station worker")
                .isEqualTo("FORBIDDEN");
        assertThat(e.approve(e.supervisor, dispatch, 1, e.s1, tents, 6).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(e.approve(e.lead, dispatch, 1, e.s1, tents, 7).errorField())
                .isEqualTo("input.allocations[0].quantity");
        assertThat(e.approve(e.lead, dispatch, 1, e.s2, tents, 6).errorField())
                .isEqualTo("input.allocations[0].stationId");
        assertThat(e.approve(e.lead, dispatch, 1, e.t1, tents, 6).errorCode()).isEqualTo("NOT_FOUND");
        var approved = e.approve(e.lead, dispatch, 1, e.s1, tents, 6).ok();
        assertThat(approved.<String>data("approveDispatch.status")).isEqualTo("IN_TRANSIT");
        assertThat(e.approve(e.lead, dispatch, 1, e.s1, tents, 6).errorCode())
                .as("twice")
                .isEqualTo("CONFLICT");
        assertThat(e.level(e.w2, e.s1, tents))
                .containsEntry("onHand", 10)
                .containsEntry("reserved", 6)
                .containsEntry("available", 4);
        // reserved stock cannot be used at the source
        assertThat(e.use(e.w1, e.s1, tents, 5).errorCode()).isEqualTo("CONFLICT");

        assertThat(e.step(e.w2, "receiveDispatch", dispatch, 2).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(e.step(e.lead, "receiveDispatch", dispatch, 1).errorCode())
                .as("stale")
                .isEqualTo("CONFLICT");
        assertThat(e.step(e.supervisor, "receiveDispatch", dispatch, 2).ok().<String>data("receiveDispatch.status"))
                .isEqualTo("RECEIVED");
        assertThat(e.level(e.w1, e.s1, tents)).containsEntry("onHand", 4).containsEntry("reserved", 0);
        assertThat(e.level(e.w1, e.s2, tents)).containsEntry("onHand", 6).containsEntry("reserved", 0);
        assertThat(e.step(e.lead, "cancelDispatch", dispatch, 3).errorCode()).isEqualTo("CONFLICT");

        var second = e.requestDispatch(e.lead, e.s3, tents, 4).ok();
        String cancelled = second.data("requestDispatch.id");
        e.approve(e.lead, cancelled, 1, e.s1, tents, 4).ok();
        assertThat(e.level(e.w1, e.s1, tents)).containsEntry("available", 0);
        assertThat(e.step(e.w3, "cancelDispatch", cancelled, 2).errorCode())
                .as("in transit: leads only")
                .isEqualTo("FORBIDDEN");
        e.step(e.lead, "cancelDispatch", cancelled, 2).ok();
        assertThat(e.level(e.w1, e.s1, tents))
                .containsEntry("onHand", 4)
                .containsEntry("reserved", 0)
                .containsEntry("available", 4);

        List<Map<String, Object>> listed = gql.post(
                        e.w3,
                        "query($p: ID!) { dispatches(projectId: $p) { edges { node { id status station { id } lines { quantity } allocations { station { id } quantity } } } } }",
                        "p",
                        e.project)
                .ok()
                .data("dispatches.edges");
        assertThat(listed)
                .extracting(edge -> (Object) ((Map<?, ?>) edge.get("node")).get("status"))
                .containsExactly("CANCELLED", "RECEIVED");
        assertThat(gql.post(
                                e.outsider,
                                "query($p: ID!) { dispatches(projectId: $p) { edges { node { id } } } }",
                                "p",
                                e.project)
                        .ok()
                        .<List<?>>data("dispatches.edges"))
                .isEmpty();
        assertThat(OwnerConnection.count(EmergencyApiTest.INCONSISTENT)).isZero();
    }

    @Test
    void fiftyConcurrentApprovalsOfAShortLineNeverOversellIt() throws Exception {
        var water = e.type("饮用水", "FOOD", 0, false);
        e.receive(e.w3, e.s3, water, 10, null).ok();
        var requests = new ArrayList<String>();
        for (int i = 0; i < 50; i++) {
            requests.add(e.requestDispatch(i % 2 == 0 ? e.w1 : e.w2, i % 2 == 0 ? e.s1 : e.s2, water, 1)
                    .ok()
                    .data("requestDispatch.id"));
        }
        var approvals = new ArrayList<Callable<String>>();
        for (var dispatch : requests) {
            approvals.add(() -> {
                var answer = e.approve(e.lead, dispatch, 1, e.s3, water, 1);
                return answer.errors().isEmpty() ? "APPROVED" : answer.errorCode();
            });
        }
        List<String> outcomes;
        try (var pool = Executors.newFixedThreadPool(50)) {
            outcomes = pool.invokeAll(approvals).stream()
                    .map(future -> {
                        try {
                            return future.get();
                        } catch (Exception failed) {
                            throw new IllegalStateException(failed);
                        }
                    })
                    .toList();
        }
        assertThat(outcomes).filteredOn("APPROVED"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("CONFLICT"::equals).hasSize(40);
        assertThat(e.level(e.lead, e.s3, water))
                .containsEntry("onHand", 10)
                .containsEntry("reserved", 10)
                .containsEntry("available", 0);
        assertThat(OwnerConnection.count("SELECT count(*) FROM dispatch WHERE status = 'IN_TRANSIT' AND id IN ('"
                        + String.join("','", requests) + "')"))
                .isEqualTo(10);
        assertThat(OwnerConnection.count(EmergencyApiTest.INCONSISTENT)).isZero();
    }
}
