package cn.sgz.infra.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.testing.ScopeFixture;
import cn.sgz.infra.testing.TestServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.annotation.Serdeable;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Two nodes on one real Redis: an event reaches the subscribers of its topic on both, once each,
 * with the subscriber's scope bound; without Redis it still reaches its own node's subscribers.
 */
class LiveEventsTest {
    @Serdeable
    record Moved(String what, int quantity) {}

    @Test
    void anEventReachesEveryNodeOnceAndOnlyItsTopic() throws Exception {
        try (var first = ApplicationContext.run(node());
                var second = ApplicationContext.run(node())) {
            var topic = "test:" + UUID.randomUUID();
            var onFirst = collect(first.getBean(LiveEvents.class), topic);
            var onSecond = collect(second.getBean(LiveEvents.class), topic);
            var elsewhere = collect(second.getBean(LiveEvents.class), topic + ":other");
            Thread.sleep(300); // the second node's Redis subscription is being set up

            first.getBean(LiveEvents.class).publish(topic, new Moved("帐篷", 3));
            second.getBean(LiveEvents.class).publish(topic, new Moved("饮用水", 40));

            await(onFirst.received, 2);
            await(onSecond.received, 2);
            Thread.sleep(300); // a duplicate would have arrived by now
            assertThat(onFirst.received).containsExactlyInAnyOrder(new Moved("帐篷", 3), new Moved("饮用水", 40));
            assertThat(onSecond.received).containsExactlyInAnyOrder(new Moved("帐篷", 3), new Moved("饮用水", 40));
            assertThat(elsewhere.received).isEmpty();
            assertThat(onFirst.scopes).containsOnly(onFirst.scope.toString());
        }
    }

    @Test
    void withoutRedisEventsStayOnTheirNode() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var properties = node();
        properties.put("sgz.redis.uri", "redis://127.0.0.1:" + closedPort);
        try (var node = ApplicationContext.run(properties)) {
            var topic = "test:" + UUID.randomUUID();
            var live = node.getBean(LiveEvents.class);
            var subscriber = collect(live, topic);
            live.publish(topic, new Moved("急救包", 1));
            await(subscriber.received, 1);
            assertThat(subscriber.received).containsExactly(new Moved("急救包", 1));
        }
    }

    private static java.util.Map<String, Object> node() {
        return new HashMap<>(TestServers.properties());
    }

    /** What one subscriber, opened as a station worker, received, and the scope each arrived under. */
    private record Subscriber(Object scope, List<Moved> received, List<String> scopes) {}

    private static Subscriber collect(LiveEvents live, String topic) {
        var scope = ScopeFixture.stationWorker(UUID.randomUUID(), "live", UUID.randomUUID());
        var received = new CopyOnWriteArrayList<Moved>();
        var scopes = new CopyOnWriteArrayList<String>();
        Tenancy.runAs(
                scope,
                () -> Flux.from(live.stream(topic, Moved.class)).subscribe(event -> {
                    scopes.add(Tenancy.current().map(Object::toString).orElse("none"));
                    received.add(event);
                }));
        return new Subscriber(scope, received, scopes);
    }

    private static void await(List<?> list, int size) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < until) {
            Thread.sleep(Duration.ofMillis(20));
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }
}
