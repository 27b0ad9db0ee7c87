package cn.sgz.infra.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * The one way to batch a field: register a loader under its {@link LoaderKey}, load through it
 * from a fetcher. A request asks each loader's facade call once for all the keys it needs.
 */
public final class Loaders {
    private Loaders() {}

    /** Values by key, in one facade call; a key the call leaves out loads as null. */
    public static <K, V> void byId(
            DataLoaderRegistry registry, LoaderKey<K, V> key, Function<Collection<K>, Map<K, V>> load) {
        registry.register(
                key.name(),
                DataLoaderFactory.newMappedDataLoader(
                        (Set<K> ids) -> CompletableFuture.completedFuture(load.apply(ids))));
    }

    /** Values over a period: one facade call per distinct period, with all the ids asked for it. */
    public static <P, V> void byPeriod(
            DataLoaderRegistry registry,
            LoaderKey<PeriodKey<P>, V> key,
            BiFunction<Collection<UUID>, P, Map<UUID, V>> load) {
        registry.register(key.name(), DataLoaderFactory.newMappedDataLoader((Set<PeriodKey<P>> keys) -> {
            var result = new HashMap<PeriodKey<P>, V>();
            keys.stream()
                    .collect(Collectors.groupingBy(
                            PeriodKey::period, Collectors.mapping(PeriodKey::id, Collectors.toSet())))
                    .forEach((period, ids) -> load.apply(ids, period)
                            .forEach((id, value) -> result.put(new PeriodKey<>(id, period), value)));
            return CompletableFuture.completedFuture(result);
        }));
    }

    /** Loads through the request's loader; a null key is a null value, without a batch entry. */
    public static <K, V> CompletableFuture<V> load(DataFetchingEnvironment env, LoaderKey<K, V> key, @Nullable K id) {
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        var loader = env.<K, V>getDataLoader(key.name());
        if (loader == null) {
            throw new IllegalStateException("no DataLoader registered as " + key.name());
        }
        return loader.load(id);
    }

    /**
     * Puts values a fetcher has already read (a page's rows joined with what its children load)
     * into the request's loader: the children's loads of these keys are answered from it, without
     * a batch or a statement. Keys left out still load as usual.
     */
    public static <K, V> void prime(DataFetchingEnvironment env, LoaderKey<K, V> key, Map<K, V> known) {
        var loader = env.<K, V>getDataLoader(key.name());
        if (loader == null) {
            throw new IllegalStateException("no DataLoader registered as " + key.name());
        }
        known.forEach(loader::prime);
    }

    /** Loads an id over a period, e.g. a station's quarter. */
    public static <P, V> CompletableFuture<V> load(
            DataFetchingEnvironment env, LoaderKey<PeriodKey<P>, V> key, UUID id, P period) {
        return load(env, key, new PeriodKey<>(id, period));
    }
}
