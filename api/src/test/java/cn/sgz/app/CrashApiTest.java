package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.infra.testing.TestServers;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The service killed with SIGKILL in the middle of mutations: every change it acknowledged is
 * there with its audit row, and no change is there without one. The service runs as a child JVM on
 * the same real servers; traffic stays on 127.0.0.1.
 */
class CrashApiTest {
    static final Duration LOAD = Duration.ofMillis(1500);

    @Test
    void aKilledServiceLosesNothingItAcknowledgedAndLeavesNoPartialWrite() throws Exception {
        var servers = TestServers.servers();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var log = File.createTempFile("sgz-crash", ".log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "cn.sgz.app.Application")
                .redirectErrorStream(true)
                .redirectOutput(log);
        var env = process.environment();
        env.put("SGZ_DB_URL", servers.jdbcUrl());
        env.put("SGZ_DB_OWNER_USER", servers.ownerUser());
        env.put("SGZ_DB_OWNER_PASSWORD", servers.ownerPassword());
        env.put("SGZ_DB_APP_USER", servers.appUser());
        env.put("SGZ_DB_APP_PASSWORD", servers.appPassword());
        env.put("SGZ_REDIS_URI", servers.redisUri());
        env.put("SGZ_JWT_SECRET", "crash-test-only-secret-0123456789-abcdefghij");
        env.put("SGZ_DATA_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        env.put("SGZ_LOOKUP_KEY", "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");
        env.put("SGZ_BOOTSTRAP_ADMIN_USERNAME", "crashadmin");
        env.put("SGZ_BOOTSTRAP_ADMIN_PASSWORD", "Crash@Admin2026");
        env.put("SGZ_PORT", Integer.toString(port));
        env.remove("MICRONAUT_ENVIRONMENTS");
        var service = process.start();
        try {
            var base = "http://127.0.0.1:" + port + "/graphql";
            var http = HttpClient.newHttpClient();
            var admin = waitForLogin(http, base, service);
            var bureau = create(
                    http,
                    base,
                    admin,
                    "createBureau",
                    "{name: \\\"崩溃局" + UUID.randomUUID() + "\\\", regionCode: \\\"411000\\\"}");
            var project = create(
                    http,
                    base,
                    admin,
                    "createProject",
                    "{bureauId: \\\"" + bureau + "\\\", name: \\\"崩溃项目\\\", agencyName: \\\"崩溃机构\\\", year: 2026}");
            var station = create(
                    http,
                    base,
                    admin,
                    "createStation",
                    "{projectId: \\\"" + project
                            + "\\\", name: \\\"崩溃站\\\", kind: TOWN, regionCode: \\\"411082001\\\"}");

            var tag = UUID.randomUUID().toString().substring(0, 8);
            var acknowledged = new ArrayList<String>();
            var deadline = System.nanoTime() + LOAD.toNanos();
            var killer = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(LOAD.toMillis());
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                service.destroyForcibly();
            });
            for (int i = 0; System.nanoTime() < deadline + Duration.ofSeconds(2).toNanos() && service.isAlive(); i++) {
                var address = "崩溃路" + tag + "-" + i;
                try {
                    var body = post(
                            http,
                            base,
                            admin,
                            "{\"query\":\"mutation { updateStationContact(input: {stationId: \\\"" + station
                                    + "\\\", address: \\\"" + address + "\\\"}) { id } }\"}");
                    if (body.contains("\"updateStationContact\"") && !body.contains("\"errors\"")) {
                        acknowledged.add(address);
                    }
                } catch (java.io.IOException e) {
                    break; // the service is gone
                }
            }
            killer.join();
            service.waitFor();
            assertThat(acknowledged).as("changes acknowledged before the kill").isNotEmpty();
            for (var address : acknowledged) {
                assertThat(OwnerConnection.count(
                                "SELECT count(*) FROM audit_event WHERE action = 'STATION_CONTACT_UPDATED'"
                                        + " AND changes ->> 'address' = '" + address + "'"))
                        .as(address)
                        .isEqualTo(1);
            }
            // what the station holds now was audited too: no change without its audit row
            assertThat(OwnerConnection.count("SELECT count(*) FROM station s WHERE s.id = '" + station + "' AND"
                            + " EXISTS (SELECT 1 FROM audit_event e WHERE e.action = 'STATION_CONTACT_UPDATED'"
                            + " AND e.station_id = s.id AND e.changes ->> 'address' = s.address)"))
                    .isEqualTo(1);
        } finally {
            service.destroyForcibly();
            service.waitFor();
        }
    }

    private static String waitForLogin(HttpClient http, String base, Process service) throws Exception {
        var login =
                "{\"query\":\"mutation { login(username: \\\"crashadmin\\\", password: \\\"Crash@Admin2026\\\") { accessToken } }\"}";
        for (int i = 0; i < 300 && service.isAlive(); i++) {
            try {
                var body = post(http, base, null, login);
                if (body.contains("accessToken")) {
                    return body.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start");
    }

    private static String create(HttpClient http, String base, String token, String mutation, String input)
            throws Exception {
        var body =
                post(http, base, token, "{\"query\":\"mutation { " + mutation + "(input: " + input + ") { id } }\"}");
        assertThat(body).doesNotContain("\"errors\"");
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private static String post(HttpClient http, String base, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
