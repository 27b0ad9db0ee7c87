package cn.sgz.infra.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

/**
 * What a module contributes to the one GraphQL schema: its SDL file (which may {@code extend} the
 * types of modules it depends on), the data fetchers for its fields, and its per-request
 * DataLoaders. The api module merges every fragment it finds.
 */
public interface SchemaFragment {

    /** Class-path location of the SDL, e.g. {@code graphql/tenant.graphqls}. */
    String schemaResource();

    void wire(RuntimeWiring.Builder wiring);

    /** Registers this module's DataLoaders in a request's fresh registry. */
    default void registerLoaders(DataLoaderRegistry registry) {}
}
