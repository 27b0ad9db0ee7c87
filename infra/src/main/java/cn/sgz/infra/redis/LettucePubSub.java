package cn.sgz.infra.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pub/sub connection of a node. Lettuce re-subscribes by itself after a connection it made
 * drops; when Redis was down while the node started, {@link #ensureConnected()} (called from
 * {@link LettuceRedis}'s schedule) keeps trying every few seconds.
 */
final class LettucePubSub {
    private static final Logger LOG = LoggerFactory.getLogger(LettucePubSub.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final RedisClient client;
    private final Clock clock;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private volatile StatefulRedisPubSubConnection<String, String> connection;
    private volatile Instant retryAt = Instant.MIN;

    LettucePubSub(RedisClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    void subscribe(String channel, Consumer<String> listener) {
        var known = listeners.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>());
        boolean first = known.isEmpty();
        known.add(listener);
        var current = ensureConnected();
        if (first && current != null) {
            try {
                current.sync().subscribe(channel);
            } catch (RuntimeException e) {
                LOG.warn("Redis 订阅 {} 失败，稍后重试: {}", channel, e.toString());
                drop();
            }
        }
    }

    /** Connects and subscribes every known channel unless connected; null while Redis is down. */
    synchronized StatefulRedisPubSubConnection<String, String> ensureConnected() {
        if (connection != null || listeners.isEmpty() || clock.instant().isBefore(retryAt)) {
            return connection;
        }
        try {
            var fresh = client.connectPubSub();
            fresh.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    listeners.getOrDefault(channel, List.of()).forEach(listener -> listener.accept(message));
                }
            });
            fresh.sync().subscribe(listeners.keySet().toArray(String[]::new));
            connection = fresh;
            LOG.info("已订阅 Redis 频道 {}", listeners.keySet());
        } catch (RuntimeException e) {
            retryAt = clock.instant().plus(RETRY_AFTER);
            LOG.debug("Redis 订阅暂不可用: {}", e.toString());
        }
        return connection;
    }

    private synchronized void drop() {
        if (connection != null) {
            connection.closeAsync();
            connection = null;
        }
        retryAt = clock.instant().plus(RETRY_AFTER);
    }

    void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
