package cn.sgz.app.graphql;

import cn.sgz.infra.graphql.PageRequest;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The depth and complexity limits. A field costs its {@code @cost(weight)} (1 without one), times
 * the page size of every list above it ({@code first}: its literal or default value, or the largest
 * page when it is a variable), so a page of 100 rows weighs 100 times a row. A parsed document is
 * the same object for every request that sends the same text ({@link DocumentCache}), so an
 * operation checked once is not walked again; one whose shape depends on its variables ({@code
 * @include}, {@code @skip}) is checked every time.
 */
final class QueryLimits extends SimplePerformantInstrumentation {
    private final int maxDepth;
    private final int maxComplexity;
    private final Map<Document, Map<OperationDefinition, Boolean>> checked =
            Collections.synchronizedMap(new WeakHashMap<>());

    QueryLimits(int maxDepth, int maxComplexity) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var document = context.getDocument();
        var operation = context.getOperationDefinition();
        var known = checked.get(document);
        if (known != null && known.containsKey(operation)) {
            return SimpleInstrumentationContext.noOp();
        }
        var traverser = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(document)
                .operationName(operation.getName())
                .coercedVariables(context.getCoercedVariables())
                .build();
        int depth = traverser.reducePreOrder((field, deepest) -> Math.max(depthOf(field), deepest), 0);
        long complexity = traverser.reducePreOrder((field, total) -> total + cost(field), 0L);
        if (depth > maxDepth || complexity > maxComplexity) {
            throw new AbortExecutionException(
                    "query depth " + depth + " / complexity " + complexity + " over the limits");
        }
        if (!dependsOnVariables(document)) {
            checked.computeIfAbsent(document, key -> Collections.synchronizedMap(new WeakHashMap<>()))
                    .put(operation, true);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static long cost(QueryVisitorFieldEnvironment field) {
        long cost = weight(field);
        for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            cost *= pageSize(parent);
        }
        return cost;
    }

    private static long weight(QueryVisitorFieldEnvironment field) {
        var cost = field.getFieldDefinition().getAppliedDirective("cost");
        if (cost == null || cost.getArgument("weight") == null) {
            return 1;
        }
        Integer weight = cost.getArgument("weight").getValue();
        return weight == null ? 1 : weight;
    }

    private static long pageSize(QueryVisitorFieldEnvironment field) {
        if (field.getFieldDefinition().getArgument("first") == null) {
            return 1;
        }
        var written = field.getField().getArguments().stream()
                .filter(argument -> argument.getName().equals("first"))
                .findFirst();
        if (written.isPresent() && written.get().getValue() instanceof graphql.language.VariableReference) {
            return PageRequest.MAX;
        }
        return field.getArguments().get("first") instanceof Integer first ? Math.max(1, first) : 1;
    }

    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 1;
        for (var parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    /** Directives can include or skip fields by a variable's value; such documents are walked each time. */
    private static boolean dependsOnVariables(Document document) {
        return document.getDefinitions().stream()
                .anyMatch(definition ->
                        graphql.language.AstPrinter.printAstCompact(definition).contains("@"));
    }
}
