package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A graphql-transport-ws client over the JDK's WebSocket, for tests: what arrives is queued. */
final class WsClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    private WsClient(String base) {
        var uri = URI.create(base.replaceFirst("^http", "ws") + "/graphql-ws");
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(uri, new Listener())
                .join();
    }

    static WsClient connect(String base) {
        return new WsClient(base);
    }

    /** Connects and signs in with the token, waiting for the acknowledgement. */
    static WsClient signedIn(String base, String token) {
        var client = connect(base);
        client.send(Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer " + token)));
        // a node's first connection may wait for its JIT and pools on a loaded machine
        Map<String, Object> ack = null;
        for (int i = 0; i < 300 && ack == null && !client.closedWith.isDone(); i++) {
            ack = client.poll(Duration.ofMillis(100));
        }
        assertThat(ack)
                .as("connection_ack within 30 s (closed: %s)", client.closedWith.getNow(null))
                .isNotNull();
        assertThat(ack.get("type")).isEqualTo("connection_ack");
        return client;
    }

    void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", variables)));
    }

    void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next message, waiting up to 10 s. */
    Map<String, Object> next() {
        var message = poll(Duration.ofSeconds(10));
        assertThat(message).as("a message within 10 s").isNotNull();
        return message;
    }

    /** The next message within the wait, or null. */
    Map<String, Object> poll(Duration wait) {
        try {
            return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The close code the server sent, waiting up to 10 s. */
    int closeCode() {
        try {
            return closedWith.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readValue(partial.toString(), Argument.mapOf(String.class, Object.class)));
                } catch (java.io.IOException | RuntimeException e) {
                    received.add(Map.of("type", "unreadable", "raw", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedWith.completeExceptionally(error);
        }
    }
}
