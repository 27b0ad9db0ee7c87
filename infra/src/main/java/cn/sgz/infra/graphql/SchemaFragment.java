package cn.sgz.infra.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

/**
 * What a module contributes to the one GraphQL schema: its SDL file (which may {@code extend} the
 * types of modules it depends on), the data fetchers for its fields, and its DataLoaders
 * (copied afresh for each request). The api module merges every fragment it finds.
 */
public interface SchemaFragment {

    /** Class-path location of the SDL, e.g. {@code graphql/tenant.graphqls}. */
    String schemaResource();

    void wire(RuntimeWiring.Builder wiring);

    /**
     * Registers this module's DataLoaders, once at start-up: each request gets a fresh copy of a
     * loader (its own cache) the first time one of its fetchers asks for it.
     */
    default void registerLoaders(DataLoaderRegistry registry) {}
}
