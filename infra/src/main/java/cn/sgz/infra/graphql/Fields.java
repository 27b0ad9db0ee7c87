package cn.sgz.infra.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fields read straight from their source record, for types a list holds tens of thousands of:
 * graphql-java builds no environment for a light fetcher, and the accessor is called directly where
 * the default fetcher looks the property up in a shared cache on every call (a fifth of a project's
 * assessment return, JFR).
 */
public final class Fields {
    private Fields() {}

    public static <S> LightDataFetcher<Object> read(Function<S, ?> accessor) {
        return new LightDataFetcher<>() {
            @Override
            @SuppressWarnings("unchecked")
            public Object get(
                    GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
                return accessor.apply((S) source);
            }

            @Override
            public Object get(DataFetchingEnvironment environment) {
                return accessor.apply(environment.getSource());
            }
        };
    }
}
