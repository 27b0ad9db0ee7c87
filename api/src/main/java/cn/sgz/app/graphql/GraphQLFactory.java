package cn.sgz.app.graphql;

import cn.sgz.infra.graphql.SchemaFragment;
import graphql.GraphQL;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Merges every module's {@link SchemaFragment} into the one executable schema. */
@Factory
class GraphQLFactory {

    @Singleton
    GraphQLSchema schema(List<SchemaFragment> fragments) {
        var registry = new TypeDefinitionRegistry();
        var wiring = RuntimeWiring.newRuntimeWiring();
        for (var fragment : fragments) {
            registry.merge(parse(fragment));
            fragment.wire(wiring);
        }
        return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    }

    @Singleton
    GraphQL graphQL(
            GraphQLSchema schema,
            ErrorMapping errors,
            @Value("${sgz.graphql.max-depth:12}") int maxDepth,
            @Value("${sgz.graphql.max-complexity:5000}") int maxComplexity,
            @Value("${sgz.graphql.max-query-length:20000}") int maxQueryLength,
            @Value("${sgz.graphql.max-query-tokens:2000}") int maxQueryTokens) {
        // for every document parsed in this JVM: a query of many small tokens is refused while parsed
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(maxQueryTokens)));
        return GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(errors)
                .queryExecutionStrategy(new CollectedFieldsStrategy(errors))
                .preparsedDocumentProvider(new DocumentCache(500, 2_000_000, maxQueryLength))
                .instrumentation(new QueryLimits(maxDepth, maxComplexity))
                .build();
    }

    private static TypeDefinitionRegistry parse(SchemaFragment fragment) {
        var resource = fragment.schemaResource();
        try (var stream = fragment.getClass().getClassLoader().getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("schema fragment not found: " + resource);
            }
            return new SchemaParser().parse(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
