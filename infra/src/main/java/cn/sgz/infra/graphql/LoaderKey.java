package cn.sgz.infra.graphql;

/**
 * The name and types of one per-request DataLoader: a module registers it with {@link Loaders} and
 * publishes the key in its {@code api} package, so other modules load through it by type, not by a
 * bare string.
 */
public record LoaderKey<K, V>(String name) {
    public LoaderKey {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a loader needs a name");
        }
    }
}
