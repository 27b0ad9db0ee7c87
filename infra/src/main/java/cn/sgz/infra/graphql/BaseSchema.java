package cn.sgz.infra.graphql;

import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The scalars, paging types and the two root types (Query, Mutation) every module extends. */
@Singleton
final class BaseSchema implements SchemaFragment {
    private final Clock clock;

    BaseSchema(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String schemaResource() {
        return "graphql/base.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.scalar(Scalars.DATE_TIME)
                .scalar(Scalars.DATE)
                .scalar(Scalars.QUARTER)
                .type("Query", type -> type.dataFetcher("serverTime", env -> clock.instant()));
    }
}
