package cn.sgz.app;

import cn.sgz.infra.devservers.EmbeddedServers;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Starts the service; in demo mode without configured servers, starts embedded ones first. */
public final class Application {
    private Application() {}

    public static void main(String[] args) {
        var properties = new HashMap<String, Object>(fromEnvironment(System.getenv()));
        if (demoRequested() && blank(System.getenv("SGZ_DB_URL"))) {
            var dataDirectory = Path.of(orDefault(System.getenv("SGZ_DATA_DIR"), "sgz-data"));
            var servers = EmbeddedServers.start(dataDirectory);
            properties.putAll(servers.properties().asMicronautProperties());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    servers.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(properties)
                .start();
    }

    /**
     * The security settings that exist only when configured: an empty JWT secret or JWKS address
     * would be worse than none, because the service must refuse to start without one.
     */
    static Map<String, Object> fromEnvironment(Map<String, String> env) {
        var properties = new HashMap<String, Object>();
        if (!blank(env.get("SGZ_JWT_SECRET"))) {
            properties.put(
                    "micronaut.security.token.jwt.signatures.secret.generator.secret", env.get("SGZ_JWT_SECRET"));
        }
        if (!blank(env.get("SGZ_JWKS_URL"))) {
            properties.put("micronaut.security.token.jwt.signatures.jwks.external.url", env.get("SGZ_JWKS_URL"));
        }
        return properties;
    }

    private static boolean demoRequested() {
        var environments = orDefault(
                System.getProperty("micronaut.environments"), orDefault(System.getenv("MICRONAUT_ENVIRONMENTS"), ""));
        return Arrays.stream(environments.split(",")).map(String::strip).anyMatch("demo"::equals);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value;
    }
}
