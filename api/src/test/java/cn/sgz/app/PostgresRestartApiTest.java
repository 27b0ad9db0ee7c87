package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.devservers.EmbeddedServers;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL restarted under load: meanwhile {@code /health} says DOWN and requests fail cleanly;
 * afterwards the service serves reads and writes again by itself, with no restart of its own. The
 * service and both servers are this test's own (a child JVM; the shared test database stays up).
 */
class PostgresRestartApiTest {
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theServiceSaysDownWhilePostgresIsAwayAndRecoversByItself() throws Exception {
        var dataDirectory = Files.createTempDirectory("sgz-pg-restart");
        try (var servers = EmbeddedServers.start(dataDirectory);
                var service = ChildService.start(servers.properties())) {
            var admin = service.admin();
            var bureau = CrashApiTest.create(
                    service, admin, "createBureau", "{name: \\\"重启局\\\", regionCode: \\\"411000\\\"}");
            assertThat(service.health()).isEqualTo("UP");

            var stop = new AtomicBoolean();
            var served = new AtomicInteger();
            var failed = new AtomicInteger();
            var load = Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    try {
                        var body = service.post(admin, "{\"query\":\"{ bureaus { id } }\"}");
                        (body.contains(bureau) ? served : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            awaitServed(served, 20);

            servers.stopPostgres();
            assertThat(awaitHealth(service, "DOWN"))
                    .as("/health while PostgreSQL is away")
                    .isEqualTo("DOWN");
            var failedWhileDown = failed.get();
            servers.startPostgres();

            assertThat(awaitHealth(service, "UP"))
                    .as("/health after the restart")
                    .isEqualTo("UP");
            var servedBefore = served.get();
            awaitServed(served, servedBefore + 20);
            stop.set(true);
            load.join();
            assertThat(failedWhileDown)
                    .as("requests refused while PostgreSQL was away")
                    .isPositive();
            assertThat(service.alive()).isTrue();

            // a write after the restart lands, with its audit row
            var name = "重启后" + UUID.randomUUID();
            CrashApiTest.create(
                    service, admin, "createBureau", "{name: \\\"" + name + "\\\", regionCode: \\\"411000\\\"}");
            assertThat(service.post(admin, "{\"query\":\"{ bureaus { name } }\"}"))
                    .contains(name);
        }
    }

    private static String awaitHealth(ChildService service, String wanted) throws InterruptedException {
        var seen = "none";
        for (int i = 0; i < 300 && !seen.equals(wanted); i++) {
            try {
                seen = service.health();
            } catch (Exception e) {
                seen = e.getClass().getSimpleName();
            }
            Thread.sleep(100);
        }
        return seen;
    }

    private static void awaitServed(AtomicInteger served, int count) throws InterruptedException {
        for (int i = 0; i < 300 && served.get() < count; i++) {
            Thread.sleep(100);
        }
        assertThat(served.get()).as("reads served").isGreaterThanOrEqualTo(count);
    }
}
