package cn.sgz.app;

import cn.sgz.infra.devservers.ServerProperties;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The service as a child JVM (the test classpath, the real main class) on given servers, for tests
 * that kill it or pull its database away. Loopback only; it signs in its bootstrapped admin.
 */
final class ChildService implements AutoCloseable {
    static final String ADMIN = "crashadmin";
    static final String ADMIN_PASSWORD = "Crash@Admin2026";

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private ChildService(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    static ChildService start(ServerProperties servers) throws IOException {
        return start(servers, "child-service-only-secret-0123456789-abcdefghij");
    }

    /** A child that signs its tokens with {@code jwtSecret}: the test JVM's, to act as a second node of one service. */
    static ChildService start(ServerProperties servers, String jwtSecret) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "cn.sgz.app.Application")
                .redirectErrorStream(true)
                .redirectOutput(File.createTempFile("sgz-child", ".log"));
        var env = builder.environment();
        env.put("SGZ_DB_URL", servers.jdbcUrl());
        env.put("SGZ_DB_OWNER_USER", servers.ownerUser());
        env.put("SGZ_DB_OWNER_PASSWORD", servers.ownerPassword());
        env.put("SGZ_DB_APP_USER", servers.appUser());
        env.put("SGZ_DB_APP_PASSWORD", servers.appPassword());
        env.put("SGZ_REDIS_URI", servers.redisUri());
        env.put("SGZ_JWT_SECRET", jwtSecret);
        env.put("SGZ_DATA_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        env.put("SGZ_LOOKUP_KEY", "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");
        env.put("SGZ_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("SGZ_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("SGZ_PORT", Integer.toString(port));
        env.remove("MICRONAUT_ENVIRONMENTS");
        return new ChildService(builder.start(), port);
    }

    /** Signs the admin in, waiting for the service to start. */
    String admin() throws Exception {
        var login = "{\"query\":\"mutation { login(username: \\\"" + ADMIN + "\\\", password: \\\"" + ADMIN_PASSWORD
                + "\\\") { accessToken } }\"}";
        for (int i = 0; i < 300 && process.isAlive(); i++) {
            try {
                var body = post(null, login);
                if (body.contains("accessToken")) {
                    return body.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start");
    }

    String post(String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The health status the service reports: UP, DEGRADED or DOWN. */
    String health() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + "/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        var body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1");
    }

    /** The service's address, e.g. {@code http://127.0.0.1:40123}. */
    String base() {
        return base;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no cleanup. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
