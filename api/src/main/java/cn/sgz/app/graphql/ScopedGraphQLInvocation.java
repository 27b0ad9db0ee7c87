package cn.sgz.app.graphql;

import cn.sgz.app.security.Caller;
import cn.sgz.app.security.Callers;
import cn.sgz.app.security.ClientAddresses;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.tenancy.Tenancy;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.ResponseMapFactory;
import graphql.introspection.Introspection;
import io.micronaut.configuration.graphql.DefaultGraphQLInvocation;
import io.micronaut.configuration.graphql.GraphQLInvocation;
import io.micronaut.configuration.graphql.GraphQLInvocationData;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoader;
import org.reactivestreams.Publisher;

/**
 * Runs each GraphQL request as its caller: the whole execution, data fetchers and DataLoader batches
 * alike, runs with the caller's scope bound (see {@link Tenancy}), so every connection it borrows
 * carries that scope. It runs synchronously on the request's own (virtual) thread.
 */
@Singleton
@Replaces(DefaultGraphQLInvocation.class)
class ScopedGraphQLInvocation implements GraphQLInvocation {
    private final GraphQL graphQL;
    private final Callers callers;
    private final Map<String, DataLoader<?, ?>> loaders;
    private final ErrorMapping errors;
    private final ClientAddresses addresses;
    private final boolean introspection;

    ScopedGraphQLInvocation(
            GraphQL graphQL,
            Callers callers,
            List<SchemaFragment> fragments,
            ErrorMapping errors,
            ClientAddresses addresses,
            @Value("${sgz.graphql.introspection:true}") boolean introspection) {
        this.graphQL = graphQL;
        this.callers = callers;
        this.loaders = RequestLoaders.templates(fragments);
        this.errors = errors;
        this.addresses = addresses;
        this.introspection = introspection;
    }

    @Override
    public Publisher<ExecutionResult> invoke(
            GraphQLInvocationData data, HttpRequest httpRequest, MutableHttpResponse<String> httpResponse) {
        return Publishers.just(execute(data, httpRequest));
    }

    /** Runs the request as its caller, on this thread. */
    ExecutionResult execute(GraphQLInvocationData data, HttpRequest<?> request) {
        return execute(data, callers.resolve(request), addresses.of(request));
    }

    /**
     * Runs the request as the caller, on this thread. A subscription's result holds the stream of
     * its events as data; their fields run as the caller too ({@link cn.sgz.infra.live.LiveEvents}).
     */
    ExecutionResult execute(GraphQLInvocationData data, Optional<Caller> caller, String address) {
        var input = input(data, caller, address);
        var result = caller.isPresent()
                ? Tenancy.callAs(caller.get().scope(), () -> graphQL.execute(input))
                : graphQL.execute(input);
        return errors.shape(result);
    }

    /** A subscription event's result with its errors in our shape. */
    ExecutionResult shape(ExecutionResult event) {
        return errors.shape(event);
    }

    private ExecutionInput input(GraphQLInvocationData data, Optional<Caller> caller, String address) {
        Map<String, Object> context = new HashMap<>();
        caller.ifPresent(value -> context.put(RequestContext.CALLER, value));
        context.put(RequestContext.CLIENT_ADDRESS, address);
        context.put(ResponseMapFactory.class.getCanonicalName(), ResultMaps.FACTORY);
        if (!introspection) {
            context.put(Introspection.INTROSPECTION_DISABLED, true);
        }
        return ExecutionInput.newExecutionInput()
                .query(data.getQuery())
                .operationName(data.getOperationName())
                .variables(data.getVariables() == null ? Map.of() : data.getVariables())
                .graphQLContext(context)
                .dataLoaderRegistry(RequestLoaders.of(loaders))
                .build();
    }
}
