package cn.sgz.infra.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** What a fetcher primed is loaded from the request's loader; only the rest goes to the batch. */
class LoadersTest {
    static final LoaderKey<UUID, String> NAME = new LoaderKey<>("test.name");

    @Test
    void aPrimedKeyIsAnsweredWithoutABatchAndTheOthersAreBatched() {
        var asked = new ArrayList<Collection<UUID>>();
        var registry = new DataLoaderRegistry();
        Loaders.byId(registry, NAME, ids -> {
            asked.add(List.copyOf(ids));
            return ids.stream().collect(Collectors.toMap(id -> id, id -> "batched " + id));
        });
        var env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .dataLoaderRegistry(registry)
                .build();
        var primed = UUID.randomUUID();
        var other = UUID.randomUUID();

        Loaders.prime(env, NAME, Map.of(primed, "read with the page"));
        var fromPage = Loaders.load(env, NAME, primed);
        var fromBatch = Loaders.load(env, NAME, other);

        assertThat(fromPage).isCompletedWithValue("read with the page");
        registry.dispatchAll();
        assertThat(fromBatch.join()).isEqualTo("batched " + other);
        assertThat(asked).containsExactly(List.of(other));
    }
}
