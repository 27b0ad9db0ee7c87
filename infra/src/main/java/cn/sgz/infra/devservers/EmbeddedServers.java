package cn.sgz.infra.devservers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real PostgreSQL and a real Redis started from Maven artifacts, for demo mode and for tests on a
 * machine without Docker. Never a stand-in: the same servers production runs, on loopback only.
 */
public final class EmbeddedServers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServers.class);
    private static final String OWNER_PASSWORD = "sgz_owner_local";
    private static final String APP_PASSWORD = "sgz_app_local";

    private final Path dataDirectory;
    private final RedisServer redis;
    private final ServerProperties properties;
    private EmbeddedPostgres postgres;

    private EmbeddedServers(
            Path dataDirectory, EmbeddedPostgres postgres, RedisServer redis, ServerProperties properties) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.redis = redis;
        this.properties = properties;
    }

    /**
     * Starts both servers. With a data directory, PostgreSQL keeps its data there across restarts;
     * without one, it starts empty in a temporary directory.
     */
    public static EmbeddedServers start(Path dataDirectory) {
        try {
            var postgres = startPostgres(dataDirectory, freePort());
            DatabaseRoles.ensure(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", OWNER_PASSWORD, APP_PASSWORD);
            int redisPort = freePort();
            var redis = RedisServer.newRedisServer()
                    .port(redisPort)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            redis.start();
            var properties = new ServerProperties(
                    postgres.getJdbcUrl("postgres", DatabaseRoles.DATABASE).replaceFirst("\\?.*$", ""),
                    DatabaseRoles.OWNER,
                    OWNER_PASSWORD,
                    DatabaseRoles.APP,
                    APP_PASSWORD,
                    "redis://127.0.0.1:" + redisPort);
            LOG.info("已启动内嵌 PostgreSQL（端口 {}）与 Redis（端口 {}）", postgres.getPort(), redisPort);
            return new EmbeddedServers(dataDirectory, postgres, redis, properties);
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内嵌数据库服务", e);
        } catch (SQLException e) {
            throw new IllegalStateException("无法初始化内嵌数据库的角色", e);
        }
    }

    /**
     * Starts the servers alone (for the benchmark, or tests against servers of your own) and prints
     * how to reach them as shell assignments; runs until stopped. The only argument is the data
     * directory.
     */
    public static void main(String[] args) throws Exception {
        var servers = start(args.length > 0 ? Path.of(args[0]) : null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                servers.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }));
        var properties = servers.properties();
        System.out.println("SGZ_DB_URL=" + properties.jdbcUrl());
        System.out.println("SGZ_DB_PORT=" + servers.postgres.getPort());
        System.out.println("SGZ_DB_OWNER_PASSWORD=" + properties.ownerPassword());
        System.out.println("SGZ_DB_APP_PASSWORD=" + properties.appPassword());
        System.out.println("SGZ_REDIS_URI=" + properties.redisUri());
        System.out.flush();
        Thread.currentThread().join();
    }

    public ServerProperties properties() {
        return properties;
    }

    /** Stops Redis alone, to show how the service behaves without it. */
    public void stopRedis() throws IOException {
        redis.stop();
    }

    public void startRedis() throws IOException {
        redis.start();
    }

    /**
     * Stops PostgreSQL alone (a fast shutdown: open sessions are ended), as an operator's restart
     * would; {@link #startPostgres()} brings it back on the same port and data. Needs a data
     * directory, or nothing would be there to come back to.
     */
    public synchronized void stopPostgres() throws IOException {
        if (dataDirectory == null) {
            throw new IllegalStateException("without a data directory PostgreSQL cannot come back");
        }
        postgres.close();
    }

    public synchronized void startPostgres() throws IOException {
        postgres = startPostgres(dataDirectory, postgres.getPort());
    }

    private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
        var builder = EmbeddedPostgres.builder().setPort(port).setServerConfig("max_connections", "200");
        if ("1".equals(System.getenv("SGZ_PG_STAT_STATEMENTS"))) {
            // for benchmarks that count the statements a request runs
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory.resolve("postgres")).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            redis.stop();
        } finally {
            postgres.close();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
