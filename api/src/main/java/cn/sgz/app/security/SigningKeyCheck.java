package cn.sgz.app.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PostConstruct;

/**
 * Refuses to start without a way to check tokens: a JWT secret (SGZ_JWT_SECRET, at least 32
 * characters) or an external issuer's JWKS address (SGZ_JWKS_URL). There is no built-in fallback
 * secret; demo mode and tests bring their own in their configuration files.
 */
@Context
class SigningKeyCheck {
    static final String SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final String JWKS = "micronaut.security.token.jwt.signatures.jwks";

    private final Environment environment;

    SigningKeyCheck(Environment environment) {
        this.environment = environment;
    }

    @PostConstruct
    void check() {
        var secret = environment.getProperty(SECRET, String.class).orElse("");
        var jwks = environment.containsProperties(JWKS);
        if (secret.isBlank() && !jwks) {
            throw new ConfigurationException(
                    "未配置 JWT 密钥：请设置 SGZ_JWT_SECRET（至少 32 个字符）或 SGZ_JWKS_URL。No JWT secret or JWKS configured.");
        }
        if (!secret.isBlank() && secret.length() < 32) {
            throw new ConfigurationException(
                    "SGZ_JWT_SECRET 至少需要 32 个字符。The JWT secret must be at least 32 characters.");
        }
    }
}
