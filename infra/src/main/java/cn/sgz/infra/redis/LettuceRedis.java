package cn.sgz.infra.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lettuce behind {@link Redis}. Commands fail fast while disconnected (rather than queue), and after
 * a failure the next connection attempt waits a few seconds, so a dead Redis costs requests almost
 * nothing.
 */
@Singleton
class LettuceRedis implements Redis {
    private static final Logger LOG = LoggerFactory.getLogger(LettuceRedis.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

    private final RedisClient client;
    private final LettucePubSub pubSub;
    private final Clock clock;
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile Instant retryAt = Instant.MIN;
    private volatile boolean available = true;

    LettuceRedis(@Value("${sgz.redis.uri}") String uri, Clock clock) {
        this.clock = clock;
        this.client = RedisClient.create(RedisURI.create(uri));
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(Duration.ofSeconds(1))
                        .build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .build());
        this.pubSub = new LettucePubSub(client, clock);
    }

    @Override
    public boolean publish(String channel, String message) {
        return call(redis -> redis.publish(channel, message)).isPresent();
    }

    @Override
    public void subscribe(String channel, Consumer<String> listener) {
        pubSub.subscribe(channel, listener);
    }

    /** A node that started while Redis was away subscribes once it is back. */
    @Scheduled(fixedDelay = "5s", initialDelay = "5s")
    void keepSubscribed() {
        pubSub.ensureConnected();
    }

    @Override
    public OptionalLong increment(String key, Duration ttl) {
        return call(redis -> {
                    long value = redis.incr(key);
                    if (value == 1) {
                        redis.pexpire(key, ttl.toMillis());
                    }
                    return value;
                })
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public OptionalLong counter(String key) {
        return call(redis ->
                        Optional.ofNullable(redis.get(key)).map(Long::parseLong).orElse(0L))
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public Optional<Boolean> exists(String key) {
        return call(redis -> redis.exists(key) > 0);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        call(redis -> redis.set(key, value, SetArgs.Builder.px(ttl.toMillis())));
    }

    @Override
    public void delete(String key) {
        call(redis -> redis.del(key));
    }

    @Override
    public boolean available() {
        return call(RedisCommands::ping).isPresent();
    }

    private <T> Optional<T> call(Function<RedisCommands<String, String>, T> command) {
        try {
            var commands = commands();
            if (commands == null) {
                return Optional.empty();
            }
            var result = Optional.ofNullable(command.apply(commands));
            available = true;
            return result;
        } catch (RuntimeException e) {
            markDown(e);
            return Optional.empty();
        }
    }

    private RedisCommands<String, String> commands() {
        var current = connection;
        if (current != null) {
            return current.sync();
        }
        synchronized (this) {
            if (connection == null) {
                if (clock.instant().isBefore(retryAt)) {
                    return null;
                }
                connection = client.connect();
                LOG.info("已连接 Redis");
            }
            return connection.sync();
        }
    }

    private void markDown(RuntimeException e) {
        if (available) {
            LOG.warn("Redis 不可用，服务降级运行: {}", e.toString());
        }
        available = false;
        retryAt = clock.instant().plus(RETRY_AFTER);
    }

    @PreDestroy
    void close() {
        pubSub.close();
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
