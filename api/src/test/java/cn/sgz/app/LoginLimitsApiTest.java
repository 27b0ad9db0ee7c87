package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.sgz.infra.testing.TestServers;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Login attempts are counted before the password is checked, atomically, so a burst in parallel
 * gets exactly as far as the limit, and the count goes on in memory while Redis is down.
 */
@MicronautTest(transactional = false)
@Property(name = "sgz.auth.login-attempts-per-user", value = "4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginLimitsApiTest extends ApiTest {

    @Test
    @Order(1)
    void aParallelBurstGetsExactlyAsFarAsTheLimit() throws Exception {
        var username = "burst" + world.tag;
        var codes = burst(username, 8);
        assertThat(codes.stream().filter("UNAUTHENTICATED"::equals)).hasSize(4);
        assertThat(codes.stream().filter("RATE_LIMITED"::equals)).hasSize(4);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: this context's Redis connection takes a moment to come back
    void withRedisDownTheLimitsAreKeptInMemory() throws Exception {
        var servers = TestServers.embedded();
        assumeTrue(servers.isPresent(), "needs the embedded Redis this JVM started");
        servers.get().stopRedis();
        try {
            var codes = new ArrayList<String>();
            for (int i = 0; i < 6; i++) {
                codes.add(login("offline" + world.tag, "wrong-" + i));
            }
            assertThat(codes)
                    .containsExactly(
                            "UNAUTHENTICATED",
                            "UNAUTHENTICATED",
                            "UNAUTHENTICATED",
                            "UNAUTHENTICATED",
                            "RATE_LIMITED",
                            "RATE_LIMITED");
        } finally {
            servers.get().startRedis();
        }
    }

    private java.util.List<String> burst(String username, int attempts) throws Exception {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var calls = new ArrayList<Callable<String>>();
            for (int i = 0; i < attempts; i++) {
                var guess = "guess-" + i;
                calls.add(() -> login(username, guess));
            }
            var codes = new ArrayList<String>();
            for (var future : executor.invokeAll(calls)) {
                codes.add(future.get());
            }
            return codes;
        }
    }

    private String login(String username, String password) {
        return gql.postWith(
                        Map.of("X-Forwarded-For", "198.51.100.7"),
                        null,
                        AuthApiTest.LOGIN,
                        "u",
                        username,
                        "p",
                        password)
                .errorCode();
    }
}
