package cn.sgz.infra.testing;

import cn.sgz.infra.devservers.DatabaseRoles;
import cn.sgz.infra.devservers.EmbeddedServers;
import cn.sgz.infra.devservers.ServerProperties;
import java.util.HashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The real PostgreSQL and Redis a test JVM uses, started once and shared: configured servers
 * ({@code SGZ_TEST_DB_URL} …) first, else Testcontainers where a Docker engine answers, else
 * embedded servers from Maven artifacts. Never H2 or a mock.
 */
public final class TestServers {
    private static ServerProperties servers;
    private static EmbeddedServers embedded;

    private TestServers() {}

    public static synchronized Map<String, String> properties() {
        if (servers == null) {
            servers = resolve();
        }
        var properties = new HashMap<String, String>();
        servers.asMicronautProperties().forEach((key, value) -> properties.put(key, value.toString()));
        // what the api's application.yml says, for module tests that run without it
        properties.put("datasources.default.url", servers.jdbcUrl());
        properties.put("datasources.default.username", servers.appUser());
        properties.put("datasources.default.password", servers.appPassword());
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("flyway.datasources.owner.enabled", "true");
        properties.put("flyway.datasources.owner.url", servers.jdbcUrl());
        properties.put("flyway.datasources.owner.user", servers.ownerUser());
        properties.put("flyway.datasources.owner.password", servers.ownerPassword());
        properties.put("flyway.datasources.owner.locations", "classpath:db/migration");
        properties.put("flyway.datasources.owner.placeholders.approle", servers.appUser());
        // tests sweep deadlines by hand, at the instants they choose
        properties.put("sgz.deadlines.sweeper.enabled", "false");
        // test-only keys for personal data (all zero bytes and all 0x01 bytes)
        properties.put("sgz.crypto.data-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        properties.put("sgz.crypto.lookup-key", "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");
        return properties;
    }

    public static synchronized ServerProperties servers() {
        properties();
        return servers;
    }

    /** The embedded servers, when this JVM started them (empty with configured or containerised ones). */
    public static synchronized java.util.Optional<EmbeddedServers> embedded() {
        properties();
        return java.util.Optional.ofNullable(embedded);
    }

    private static ServerProperties resolve() {
        var url = System.getenv("SGZ_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new ServerProperties(
                    url,
                    env("SGZ_TEST_DB_OWNER_USER", DatabaseRoles.OWNER),
                    env("SGZ_TEST_DB_OWNER_PASSWORD", ""),
                    env("SGZ_TEST_DB_APP_USER", DatabaseRoles.APP),
                    env("SGZ_TEST_DB_APP_PASSWORD", ""),
                    env("SGZ_TEST_REDIS_URI", "redis://127.0.0.1:6379"));
        }
        if (dockerAvailable()) {
            return containers();
        }
        embedded = EmbeddedServers.start(null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (Exception ignored) {
                // the JVM is going away
            }
        }));
        return embedded.properties();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // containers live as long as the test JVM; Ryuk removes them
    private static ServerProperties containers() {
        var postgres = new PostgreSQLContainer<>("postgres:17-alpine");
        postgres.start();
        var redis = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
        redis.start();
        try {
            DatabaseRoles.ensure(
                    postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), "owner_pw", "app_pw");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        var url = postgres.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + DatabaseRoles.DATABASE);
        return new ServerProperties(
                url,
                DatabaseRoles.OWNER,
                "owner_pw",
                DatabaseRoles.APP,
                "app_pw",
                "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379));
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
