package cn.sgz.app.graphql;

import cn.sgz.infra.graphql.SchemaFragment;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * A request's DataLoaders, each made the first time one of the request's fetchers asks for it: a
 * lookup that batches nothing makes none, and a dispatch goes only to the loaders the request
 * uses. The fragments register their loaders once, as templates; each request's loader is a fresh
 * copy of its template (the same batch function and options, an empty cache of its own).
 */
final class RequestLoaders extends DataLoaderRegistry {
    private final Map<String, DataLoader<?, ?>> templates;

    private RequestLoaders(Map<String, DataLoader<?, ?>> templates) {
        this.templates = templates;
    }

    /** What the fragments register, once; the loaders in it are never used by a request. */
    static Map<String, DataLoader<?, ?>> templates(List<SchemaFragment> fragments) {
        var registry = new DataLoaderRegistry();
        fragments.forEach(fragment -> fragment.registerLoaders(registry));
        return Map.copyOf(registry.getDataLoadersMap());
    }

    static RequestLoaders of(Map<String, DataLoader<?, ?>> templates) {
        return new RequestLoaders(templates);
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<K, V> made = super.getDataLoader(key);
        if (made != null || !templates.containsKey(key)) {
            return made;
        }
        return computeIfAbsent(key, name -> templates.get(name).transform(copy -> {}));
    }
}
