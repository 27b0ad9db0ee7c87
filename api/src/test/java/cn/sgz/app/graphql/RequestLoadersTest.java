package cn.sgz.app.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.graphql.LoaderKey;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.SchemaFragment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

class RequestLoadersTest {
    private static final LoaderKey<String, String> NAMES = new LoaderKey<>("names");

    private final AtomicInteger batches = new AtomicInteger();
    private final Map<String, org.dataloader.DataLoader<?, ?>> templates =
            RequestLoaders.templates(List.of(new SchemaFragment() {
                @Override
                public String schemaResource() {
                    return "none";
                }

                @Override
                public void wire(RuntimeWiring.Builder wiring) {}

                @Override
                public void registerLoaders(DataLoaderRegistry registry) {
                    Loaders.byId(registry, NAMES, ids -> {
                        batches.incrementAndGet();
                        return ids.stream().collect(Collectors.toMap(id -> id, id -> "name of " + id));
                    });
                }
            }));

    @Test
    void aRequestMakesOnlyTheLoadersItAsksForOnceEach() {
        var request = RequestLoaders.of(templates);
        assertThat(request.getDataLoaders()).isEmpty();
        var names = request.<String, String>getDataLoader(NAMES.name());
        assertThat(request.<String, String>getDataLoader(NAMES.name())).isSameAs(names);
        assertThat(request.getDataLoaders()).containsExactly(names);
        assertThat(request.<String, String>getDataLoader("unknown")).isNull();
    }

    @Test
    void noTwoRequestsShareALoadersCache() {
        var first = RequestLoaders.of(templates);
        var second = RequestLoaders.of(templates);
        var one = first.<String, String>getDataLoader(NAMES.name()).load("a");
        first.dispatchAll();
        var other = second.<String, String>getDataLoader(NAMES.name()).load("a");
        second.dispatchAll();
        assertThat(one.join()).isEqualTo("name of a");
        assertThat(other.join()).isEqualTo("name of a");
        assertThat(batches).hasValue(2); // the second request loaded it again, for its own caller
        assertThat(templates.get(NAMES.name()).getCacheMap().size()).isZero();
    }
}
