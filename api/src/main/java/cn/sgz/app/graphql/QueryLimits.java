package cn.sgz.app.graphql;

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
 * The depth and complexity limits (complexity: one per field selected). A parsed document is the
 * same object for every request that sends the same text ({@link DocumentCache}), so an operation
 * checked once is not walked again; one whose shape depends on its variables ({@code @include},
 * {@code @skip}) is checked every time.
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
        int complexity = traverser.reducePreOrder((field, fields) -> fields + 1, 0);
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
