package cn.sgz.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.testing.TestServers;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside demo mode and tests there is no built-in secret: the service refuses to start. */
class SigningKeyCheckTest {

    @Test
    void withoutASecretOrJwksTheServiceRefusesToStart() {
        assertThatThrownBy(() -> start(Map.of()))
                .hasStackTraceContaining("SGZ_JWT_SECRET")
                .hasStackTraceContaining("SGZ_JWKS_URL");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> start(Map.of(SigningKeyCheck.SECRET, "too-short")))
                .hasStackTraceContaining("至少需要 32 个字符");
    }

    @Test
    void aLongEnoughSecretStarts() {
        try (var context = start(Map.of(SigningKeyCheck.SECRET, "a-production-secret-of-enough-length-0123"))) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    private static ApplicationContext start(Map<String, String> extra) {
        var properties = new HashMap<String, Object>(TestServers.properties());
        properties.putAll(extra);
        // no "test" environment: application-test.yml, which holds the test secret, stays unread
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties)
                .start();
    }
}
