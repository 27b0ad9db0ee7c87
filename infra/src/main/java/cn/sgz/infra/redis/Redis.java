package cn.sgz.infra.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Redis as the platform uses it: every call degrades instead of failing. When Redis cannot be
 * reached a call returns empty (or does nothing), the caller decides what that means, and {@link
 * #available()} tells health checks that the service is degraded.
 */
public interface Redis {

    /** Increments the counter, starting its time to live when it is created; empty when Redis is down. */
    OptionalLong increment(String key, Duration ttl);

    /** The counter's value (0 when absent); empty when Redis is down. */
    OptionalLong counter(String key);

    /** Empty when Redis is down. */
    Optional<Boolean> exists(String key);

    void put(String key, String value, Duration ttl);

    void delete(String key);

    boolean available();

    /** Publishes on a pub/sub channel; false when Redis is down (the message is not sent). */
    boolean publish(String channel, String message);

    /**
     * Hands every message on the channel to the listener, on Redis's I/O thread (so it must not
     * block), from now on and again after Redis comes back; while Redis is down nothing arrives.
     */
    void subscribe(String channel, java.util.function.Consumer<String> listener);
}
