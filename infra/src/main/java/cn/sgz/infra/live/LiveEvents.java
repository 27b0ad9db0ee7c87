package cn.sgz.infra.live;

import cn.sgz.infra.redis.Redis;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Events for GraphQL subscriptions, on every node. An event is delivered to this node's subscribers
 * at once and sent over Redis to the others, which skip what they sent themselves; while Redis is
 * down events stay on the node they happened on. Publish only what has been committed. A stream
 * runs its subscriber's work (the fields of each event) as the scope that opened it.
 */
@Singleton
public class LiveEvents {
    static final String CHANNEL = "sgz:live";
    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);
    private static final int BUFFERED_PER_SUBSCRIBER = 256;

    private final Redis redis;
    private final JsonMapper json;
    private final String node = UUID.randomUUID().toString();
    private final Sinks.Many<LiveMessage> sink = Sinks.many().multicast().directBestEffort();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();

    LiveEvents(Redis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        redis.subscribe(CHANNEL, this::received);
    }

    /** Sends the event to every subscriber of the topic on every node. */
    public void publish(String topic, Object event) {
        var message = new LiveMessage(node, topic, write(event));
        emit(message);
        if (!redis.publish(CHANNEL, write(message))) {
            LOG.debug("Redis 不可用，事件 {} 只送达本节点", topic);
        }
    }

    /** The topic's events from now on, read as {@code type}, delivered as the caller's scope. */
    public <T> Publisher<T> stream(String topic, Class<T> type) {
        var scope = Tenancy.current();
        var asCaller = Schedulers.fromExecutor(work ->
                deliveries.execute(() -> scope.ifPresentOrElse(caller -> Tenancy.runAs(caller, work), work)));
        return sink.asFlux()
                .filter(message -> message.topic().equals(topic))
                .map(message -> read(message.event(), type))
                .onBackpressureBuffer(BUFFERED_PER_SUBSCRIBER, dropped -> {}, BufferOverflowStrategy.DROP_OLDEST)
                .publishOn(asCaller);
    }

    private void received(String raw) {
        LiveMessage message;
        try {
            message = json.readValue(raw, Argument.of(LiveMessage.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("无法解析的实时事件已忽略: {}", e.toString());
            return;
        }
        if (!message.node().equals(node)) {
            emit(message);
        }
    }

    private synchronized void emit(LiveMessage message) {
        sink.tryEmitNext(message);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        deliveries.shutdownNow();
    }
}
