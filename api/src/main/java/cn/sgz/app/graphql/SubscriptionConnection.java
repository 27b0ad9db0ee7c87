package cn.sgz.app.graphql;

import cn.sgz.app.security.Caller;
import cn.sgz.app.security.Callers;
import cn.sgz.infra.error.ErrorCode;
import graphql.ExecutionResult;
import io.micronaut.configuration.graphql.GraphQLInvocationData;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * One client's graphql-transport-ws connection: connection_init with the access token, then any
 * number of subscribe / complete, ping / pong. Messages are handled in order, one at a time, off the
 * event loop. Every few seconds the caller is resolved again: a token that expired or was revoked, a
 * disabled user or a changed scope closes the connection (4403), so a subscription never outlives
 * the reach it was opened with.
 */
final class SubscriptionConnection {
    static final String PROTOCOL = "graphql-transport-ws";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SubscriptionConnection.class);

    record Limits(Duration initTimeout, Duration recheckEvery, int maxSubscriptions) {}

    private final WebSocketSession session;
    private final HttpRequest<?> request;
    private final String address;
    private final ScopedGraphQLInvocation invocation;
    private final Callers callers;
    private final JsonMapper json;
    private final Limits limits;
    private final ScheduledExecutorService timers;
    private final ExecutorService inOrder =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private final Map<String, Disposable> running = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Caller caller;
    private volatile ScheduledFuture<?> recheck;

    SubscriptionConnection(
            WebSocketSession session,
            HttpRequest<?> request,
            String address,
            ScopedGraphQLInvocation invocation,
            Callers callers,
            JsonMapper json,
            Limits limits,
            ScheduledExecutorService timers) {
        this.session = session;
        this.request = request;
        this.address = address;
        this.invocation = invocation;
        this.callers = callers;
        this.json = json;
        this.limits = limits;
        this.timers = timers;
    }

    void received(String text) {
        inOrder.execute(() -> {
            try {
                handle(text);
            } catch (RuntimeException e) {
                LOG.error("订阅连接处理消息失败", e);
                close(4500, "Internal error");
            }
        });
    }

    void initTimedOut() {
        if (caller == null) {
            close(4408, "Connection initialisation timeout");
        }
    }

    void closed() {
        running.values().forEach(Disposable::dispose);
        running.clear();
        if (recheck != null) {
            recheck.cancel(false);
        }
        inOrder.shutdownNow();
    }

    private void handle(String text) {
        var message = parse(text);
        if (message == null || !(message.get("type") instanceof String type)) {
            close(4400, "Invalid message");
            return;
        }
        switch (type) {
            case "connection_init" -> init(message.get("payload"));
            case "ping" -> send(Map.of("type", "pong"));
            case "pong" -> {}
            case "subscribe" -> subscribe(message);
            case "complete" -> {
                var stopped = running.remove(String.valueOf(message.get("id")));
                if (stopped != null) {
                    stopped.dispose();
                }
            }
            default -> close(4400, "Unknown message type: " + type);
        }
    }

    private void init(Object payload) {
        if (token != null) {
            close(4429, "Too many initialisation requests");
            return;
        }
        var given = payload instanceof Map<?, ?> fields ? fields.get("authorization") : null;
        token = given instanceof String value
                ? value
                : request.getHeaders().getAuthorization().orElse("");
        var resolved = token.isBlank() ? Optional.<Caller>empty() : callers.resolveToken(token, request);
        if (resolved.isEmpty()) {
            close(4403, "Forbidden: 请先登录（connection_init 的 payload 中提供 authorization）");
            return;
        }
        caller = resolved.get();
        send(Map.of("type", "connection_ack"));
        long every = limits.recheckEvery().toMillis();
        recheck = timers.scheduleWithFixedDelay(
                () -> inOrder.execute(this::recheck), every, every, TimeUnit.MILLISECONDS);
    }

    private void recheck() {
        var now = callers.resolveToken(token, request);
        if (now.isEmpty() || !now.get().scope().equals(caller.scope())) {
            close(4403, "Forbidden: 登录已失效或权限已变更，请重新连接");
        }
    }

    private void subscribe(Map<String, Object> message) {
        if (caller == null) {
            close(4401, "Unauthorized");
            return;
        }
        var id = message.get("id") instanceof String value ? value : null;
        if (id == null
                || !(message.get("payload") instanceof Map<?, ?> payload)
                || !(payload.get("query") instanceof String query)) {
            close(4400, "Invalid subscribe message");
            return;
        }
        if (running.containsKey(id)) {
            close(4409, "Subscriber for " + id + " already exists");
            return;
        }
        if (running.size() >= limits.maxSubscriptions()) {
            error(id, "同一连接最多同时订阅 " + limits.maxSubscriptions() + " 项", ErrorCode.BAD_USER_INPUT);
            return;
        }
        @SuppressWarnings("unchecked")
        var variables = payload.get("variables") instanceof Map<?, ?> given
                ? (Map<String, Object>) given
                : Map.<String, Object>of();
        var operation = payload.get("operationName") instanceof String name ? name : null;
        var result = invocation.execute(
                new GraphQLInvocationData(query, operation, variables), Optional.of(caller), address);
        if (result.getData() instanceof Publisher<?> events) {
            stream(id, events);
        } else if (!result.isDataPresent()
                || (result.getData() == null && !result.getErrors().isEmpty())) {
            send(Map.of(
                    "type",
                    "error",
                    "id",
                    id,
                    "payload",
                    result.toSpecification().getOrDefault("errors", List.of())));
        } else {
            next(id, result);
            send(Map.of("type", "complete", "id", id));
        }
    }

    private void stream(String id, Publisher<?> events) {
        var subscription = Flux.from(events)
                .doFinally(signal -> running.remove(id))
                .subscribe(
                        event -> next(id, invocation.shape((ExecutionResult) event)),
                        failure -> error(id, "订阅中断，请重新订阅", ErrorCode.INTERNAL),
                        () -> send(Map.of("type", "complete", "id", id)));
        if (!subscription.isDisposed()) {
            running.put(id, subscription);
        }
    }

    private void next(String id, ExecutionResult result) {
        send(Map.of("type", "next", "id", id, "payload", result.toSpecification()));
    }

    private void error(String id, String text, ErrorCode code) {
        var error = Map.of("message", text, "extensions", Map.of("code", code.name()));
        send(Map.of("type", "error", "id", id, "payload", List.of(error)));
    }

    private void send(Map<String, Object> message) {
        if (session.isOpen()) {
            try {
                session.sendAsync(json.writeValueAsString(message));
            } catch (IOException e) {
                close(4500, "Internal error");
            }
        }
    }

    private void close(int code, String reason) {
        if (session.isOpen()) {
            session.close(new CloseReason(code, reason));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text) {
        try {
            var value = json.readValue(text, Argument.OBJECT_ARGUMENT);
            return value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
