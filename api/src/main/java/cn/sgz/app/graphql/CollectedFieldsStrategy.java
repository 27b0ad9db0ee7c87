package cn.sgz.app.graphql;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.schema.GraphQLObjectType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * graphql-java's query strategy, except that an object's fields are collected once per field and
 * type in a request instead of once per object. A project's return completes 41,000 indicator
 * results under one selection, and each collected its five fields anew (a tenth of the request's
 * CPU time and of what it allocated). A collection depends only on the selection, the type, the
 * document's fragments and the variables, none of which change within a request; the objects of a
 * list share their field, so the fields under them are shared too and hit again further down.
 */
final class CollectedFieldsStrategy extends AsyncExecutionStrategy {
    private static final String COLLECTED = CollectedFieldsStrategy.class.getName();
    private final FieldCollector collector = new FieldCollector();

    CollectedFieldsStrategy(DataFetcherExceptionHandler errors) {
        super(errors);
    }

    @Override
    protected Object completeValueForObject(
            ExecutionContext context, ExecutionStrategyParameters parameters, GraphQLObjectType type, Object result) {
        if (context.getQueryStrategy() != this) {
            return super.completeValueForObject(context, parameters, type, result);
        }
        Map<Key, MergedSelectionSet> collected =
                context.getGraphQLContext().computeIfAbsent(COLLECTED, name -> new ConcurrentHashMap<>());
        var field = parameters.getField();
        var key = new Key(field, type);
        var fields = collected.get(key);
        if (fields == null) {
            fields = collect(context, field, type);
            collected.put(key, fields);
        }
        var shared = fields;
        var info = parameters.getExecutionStepInfo().changeTypeWithPreservedNonNull(type);
        return executeObject(
                context,
                parameters.transform(
                        next -> next.executionStepInfo(info).fields(shared).source(result)));
    }

    private MergedSelectionSet collect(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        var parameters = FieldCollectorParameters.newParameters()
                .schema(context.getGraphQLSchema())
                .objectType(type)
                .fragments(context.getFragmentsByName())
                .variables(context.getCoercedVariables().toMap())
                .graphQLContext(context.getGraphQLContext())
                .build();
        return collector.collectFields(parameters, field, context.hasIncrementalSupport());
    }

    /** By identity: the same field object of this request's execution, under the same type. */
    private record Key(MergedField field, GraphQLObjectType type) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.field == field && key.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(field) * 31 + System.identityHashCode(type);
        }
    }
}
