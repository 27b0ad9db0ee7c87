package cn.sgz.app.graphql;

import cn.sgz.app.security.Caller;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;

/** What the invocation puts into each request's GraphQL context for the few fetchers that need it. */
public final class RequestContext {
    static final String CALLER = "sgz.caller";
    static final String CLIENT_ADDRESS = "sgz.clientAddress";

    private RequestContext() {}

    public static Optional<Caller> caller(DataFetchingEnvironment env) {
        return Optional.ofNullable(env.getGraphQlContext().get(CALLER));
    }

    public static String clientAddress(DataFetchingEnvironment env) {
        GraphQLContext context = env.getGraphQlContext();
        return context.getOrDefault(CLIENT_ADDRESS, "unknown");
    }
}
