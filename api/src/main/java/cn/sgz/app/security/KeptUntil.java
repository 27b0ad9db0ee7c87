package cn.sgz.app.security;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a node keeps in memory for a while (validated tokens, scopes, revocation answers): each
 * value until its own instant, at most {@code capacity} of them. When full, the expired go first,
 * and if that frees nothing, all of them: a node then asks again, it never answers wrong.
 */
final class KeptUntil<K, V> {
    private record Kept<V>(V value, Instant until) {}

    private final int capacity;
    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();

    KeptUntil(int capacity) {
        this.capacity = capacity;
    }

    /** The value while it is kept at {@code now}; null when absent or expired. */
    V get(K key, Instant now) {
        var found = kept.get(key);
        return found != null && now.isBefore(found.until()) ? found.value() : null;
    }

    void put(K key, V value, Instant until, Instant now) {
        if (kept.size() >= capacity) {
            kept.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (kept.size() >= capacity) {
                kept.clear();
            }
        }
        kept.put(key, new Kept<>(value, until));
    }

    void remove(K key) {
        kept.remove(key);
    }
}
