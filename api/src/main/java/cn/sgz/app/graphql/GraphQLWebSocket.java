package cn.sgz.app.graphql;

import cn.sgz.app.security.Callers;
import cn.sgz.app.security.ClientAddresses;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * GraphQL subscriptions over WebSocket at {@code /graphql-ws}, in the graphql-transport-ws protocol
 * (github.com/enisdenjo/graphql-ws). The client signs in with its access token in the
 * connection_init payload ({@code {"authorization": "Bearer …"}}) or the upgrade request's
 * Authorization header; each connection is one {@link SubscriptionConnection}.
 */
@ServerWebSocket(value = "/graphql-ws", subprotocols = SubscriptionConnection.PROTOCOL)
class GraphQLWebSocket {
    private final ScopedGraphQLInvocation invocation;
    private final Callers callers;
    private final ClientAddresses addresses;
    private final JsonMapper json;
    private final SubscriptionConnection.Limits limits;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("graphql-ws-timer").factory());
    private final Map<String, Slot> connections = new ConcurrentHashMap<>();

    /**
     * A session's connection, once open: the server may hand a session's first message to another
     * thread than its opening, so what arrives before the connection exists waits here, in order.
     */
    private static final class Slot {
        private final java.util.List<String> early = new java.util.ArrayList<>();
        private SubscriptionConnection connection;
        private boolean closed;

        synchronized void open(SubscriptionConnection opened) {
            connection = opened;
            early.forEach(opened::received);
            early.clear();
            if (closed) {
                opened.closed();
            }
        }

        synchronized void received(String text) {
            if (connection != null) {
                connection.received(text);
            } else if (early.size() < 100) {
                early.add(text);
            }
        }

        synchronized void close() {
            closed = true;
            if (connection != null) {
                connection.closed();
            }
        }
    }

    GraphQLWebSocket(
            ScopedGraphQLInvocation invocation,
            Callers callers,
            ClientAddresses addresses,
            JsonMapper json,
            @Value("${sgz.graphql.ws.init-timeout:10s}") Duration initTimeout,
            @Value("${sgz.graphql.ws.recheck-every:30s}") Duration recheckEvery,
            @Value("${sgz.graphql.ws.max-subscriptions:20}") int maxSubscriptions) {
        this.invocation = invocation;
        this.callers = callers;
        this.addresses = addresses;
        this.json = json;
        this.limits = new SubscriptionConnection.Limits(initTimeout, recheckEvery, maxSubscriptions);
    }

    @OnOpen
    void open(WebSocketSession session, HttpRequest<?> request) {
        if (!session.getSubprotocol()
                .map(SubscriptionConnection.PROTOCOL::equals)
                .orElse(false)) {
            session.close(new CloseReason(4406, "Subprotocol not acceptable"));
            return;
        }
        var connection = new SubscriptionConnection(
                session, request, addresses.of(request), invocation, callers, json, limits, timers);
        connections.computeIfAbsent(session.getId(), id -> new Slot()).open(connection);
        timers.schedule(connection::initTimedOut, limits.initTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @OnMessage(maxPayloadLength = 65536)
    void message(String text, WebSocketSession session) {
        connections.computeIfAbsent(session.getId(), id -> new Slot()).received(text);
    }

    @OnClose
    void close(WebSocketSession session) {
        var slot = connections.remove(session.getId());
        if (slot != null) {
            slot.close();
        }
    }

    @PreDestroy
    void shutdown() {
        connections.values().forEach(Slot::close);
        timers.shutdownNow();
    }
}
