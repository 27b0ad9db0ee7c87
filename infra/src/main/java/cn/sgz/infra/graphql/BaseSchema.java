package cn.sgz.infra.graphql;

import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The scalars, paging types and root query every module builds on. */
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
                .type("Query", type -> type.dataFetcher("serverTime", env -> clock.instant()));
    }
}
