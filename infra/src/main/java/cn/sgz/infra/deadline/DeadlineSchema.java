package cn.sgz.infra.deadline;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.SchemaFragment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** A project's clocks: read by who sees the project, set by its lead or bureau. */
@Singleton
final class DeadlineSchema implements SchemaFragment {
    private final Deadlines deadlines;

    DeadlineSchema(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** What the schema shows of a policy. */
    record PolicyView(String kind, DeadlinePolicy.Mode mode, int amount, double warnShare) {
        static PolicyView of(String kind, DeadlinePolicy policy) {
            return new PolicyView(
                    kind, policy.mode(), policy.amount(), policy.warnShare().doubleValue());
        }
    }

    @Override
    public String schemaResource() {
        return "graphql/deadlines.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Query",
                        type -> type.dataFetcher(
                                "deadlinePolicies",
                                env ->
                                        deadlines
                                                .visiblePolicies(
                                                        Input.arguments(env).id("projectId"))
                                                .entrySet()
                                                .stream()
                                                .map(entry -> PolicyView.of(entry.getKey(), entry.getValue()))
                                                .toList()))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("setDeadlinePolicy", env -> {
                            var input = Input.of(env, "input");
                            var projectId = input.id("projectId");
                            var mode = input.enumValue("mode", DeadlinePolicy.Mode.class);
                            var kind = input.string("kind");
                            return input.command(() -> PolicyView.of(
                                    kind,
                                    deadlines.setPolicy(
                                            projectId,
                                            kind,
                                            new DeadlinePolicy(
                                                    mode, input.integer("amount"), input.decimal("warnShare")))));
                        }));
    }
}
