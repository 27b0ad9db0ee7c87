package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A project's response clocks through the API: the defaults, a lead's change, and who may do it. */
@MicronautTest(transactional = false)
class DeadlinePolicyApiTest extends ApiTest {
    static final String READ = "query($p: ID!) { deadlinePolicies(projectId: $p) { kind mode amount warnShare } }";
    static final String SET =
            "mutation($i: DeadlinePolicyInput!) { setDeadlinePolicy(input: $i) { kind mode amount warnShare } }";

    @Test
    void theContractsClocksUntilALeadSetsTheProjectsOwn() {
        assertThat(gql.post(world.token("workerA1"), READ, "p", world.projectB).errorCode())
                .isEqualTo("NOT_FOUND");
        List<Map<String, Object>> policies = gql.post(world.token("workerA1"), READ, "p", world.projectA)
                .ok()
                .data("deadlinePolicies");
        assertThat(policies)
                .extracting(p -> p.get("kind"))
                .contains("EVALUATE", "EMERGENCY_RESPONSE", "REPLY", "FIRST_REPLY");
        assertThat(policies.stream()
                        .filter(p -> p.get("kind").equals("REPLY"))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("mode", "WORKING_DAYS")
                .containsEntry("amount", 7);

        var input = Map.<String, Object>of(
                "projectId", world.projectA, "kind", "REPLY", "mode", "WORKING_DAYS", "amount", 5);
        assertThat(gql.post(world.token("workerA1"), SET, "i", input).errorCode())
                .isEqualTo("FORBIDDEN");
        assertThat(gql.post(world.token("viewerB"), SET, "i", input).errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(world.token("viewerB"), READ, "p", world.projectA).errorCode())
                .isEqualTo("NOT_FOUND");
        var badShare = new java.util.HashMap<>(input);
        badShare.put("warnShare", 1.5);
        assertThat(gql.post(world.token("leadA"), SET, "i", badShare).errorField())
                .isEqualTo("input.warnShare");
        var badKind = new java.util.HashMap<>(input);
        badKind.put("kind", "SOMETIME");
        assertThat(gql.post(world.token("leadA"), SET, "i", badKind).errorField())
                .isEqualTo("input.kind");

        gql.post(world.token("leadA"), SET, "i", input).ok();
        List<Map<String, Object>> after =
                gql.post(world.token("viewerA"), READ, "p", world.projectA).ok().data("deadlinePolicies");
        assertThat(after.stream()
                        .filter(p -> p.get("kind").equals("REPLY"))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("amount", 5)
                .containsEntry("warnShare", 0.25);
        // another project keeps the contract's
        List<Map<String, Object>> other =
                gql.post(world.token("viewerB"), READ, "p", world.projectB).ok().data("deadlinePolicies");
        assertThat(other.stream()
                        .filter(p -> p.get("kind").equals("REPLY"))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("amount", 7);
    }
}
