package cn.sgz.app.bench;

import cn.sgz.infra.testing.TestServers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Throughput and latency of GraphQL reads through the whole stack (JWT, scope on the connection,
 * row-level security, DataLoaders) on the demo data, with real PostgreSQL and Redis. Run with
 * {@code ./mvnw -B -ntp -Pbench -pl api -am verify -DskipTests}; it prints its figures and stops
 * by itself. Loopback traffic only, bounded in time.
 */
public final class GraphQLBenchmark {
    private static final Duration WARM_UP = Duration.ofSeconds(8);
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 15));
    private static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        var properties = new HashMap<String, Object>(TestServers.properties());
        properties.put("micronaut.server.port", "-1");
        properties.put(
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "benchmark-only-secret-0123456789-abcdefghij");
        try (var context = ApplicationContext.run(EmbeddedServer.class, properties, "demo")) {
            var base = context.getURL().toString();
            var http = HttpClient.newBuilder()
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .build();
            var bureau = login(http, base, "bureau");
            var worker = login(http, base, "worker01");
            var lead = login(http, base, "lead");
            System.out.printf(
                    "GraphQL benchmark: %d clients, %ds each, demo data, PostgreSQL + Redis%n",
                    CLIENTS, MEASURE.toSeconds());
            var cases = List.of(
                    new Case("me (worker)", worker, "{ me { username displayName } }"),
                    new Case(
                            "station list, 16 rows (bureau)",
                            bureau,
                            "{ stations(first: 20) { edges { node { id name } } } }"),
                    new Case(
                            "station list + project + bureau via DataLoaders (bureau)",
                            bureau,
                            "{ stations(first: 20) { edges { node { id name project { name bureau { name } } } } } }"),
                    new Case("own grants and station (worker)", worker, "{ me { grants { role station { name } } } }"),
                    new Case(
                            "staffing compliance of 16 stations for a quarter (lead)",
                            lead,
                            "{ stations(first: 16) { edges { node { staffingCompliance(quarter: \"2026Q2\") { vacancyDays complianceRate } } } } }"));
            // the JIT needs a while: warm every case up before measuring any
            for (var benchCase : cases) {
                measure(http, base, benchCase.token(), benchCase.query(), WARM_UP);
            }
            for (var benchCase : cases) {
                run(http, base, benchCase);
            }
            var memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.out.printf(
                    "heap used after GC: %.1f MiB (this JVM runs client and server)%n",
                    memory.getHeapMemoryUsage().getUsed() / 1048576.0);
        }
    }

    private record Case(String name, String token, String query) {}

    private static void run(HttpClient http, String base, Case benchCase) throws Exception {
        var latencies = measure(http, base, benchCase.token(), benchCase.query(), MEASURE);
        Collections.sort(latencies);
        System.out.printf(
                "%-58s %8.0f req/s  p50 %5.2f ms  p99 %6.2f ms%n",
                benchCase.name(),
                latencies.size() / (double) MEASURE.toSeconds(),
                latencies.get(latencies.size() / 2) / 1e6,
                latencies.get((int) (latencies.size() * 0.99)) / 1e6);
    }

    private static List<Long> measure(HttpClient http, String base, String token, String query, Duration length)
            throws Exception {
        var stop = new AtomicBoolean();
        var all = Collections.synchronizedList(new ArrayList<Long>());
        var request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json(query)))
                .build();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    var mine = new ArrayList<Long>();
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        var body = http.send(request, HttpResponse.BodyHandlers.ofString())
                                .body();
                        if (body.contains("\"errors\"")) {
                            throw new IllegalStateException(body);
                        }
                        mine.add(System.nanoTime() - start);
                    }
                    all.addAll(mine);
                    return null;
                });
            }
            Thread.sleep(length);
            stop.set(true);
        }
        return all;
    }

    private static String login(HttpClient http, String base, String username) throws Exception {
        var body = json("mutation { login(username: \"" + username + "\", password: \"Demo@2026\") { accessToken } }");
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException(response.body());
        }
        return matcher.group(1);
    }

    private static String json(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
