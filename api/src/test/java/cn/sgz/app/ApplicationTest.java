package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    @Test
    void environmentVariablesBecomeSecurityPropertiesOnlyWhenSet() {
        assertThat(Application.fromEnvironment(Map.of("SGZ_JWT_SECRET", " "))).isEmpty();
        assertThat(Application.fromEnvironment(Map.of("SGZ_JWKS_URL", "https://idp/jwks")))
                .containsEntry("micronaut.security.token.jwt.signatures.jwks.external.url", "https://idp/jwks");
        assertThat(Application.fromEnvironment(Map.of("SGZ_JWT_SECRET", "s3cret")))
                .containsEntry("micronaut.security.token.jwt.signatures.secret.generator.secret", "s3cret");
    }
}
