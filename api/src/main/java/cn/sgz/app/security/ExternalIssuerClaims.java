package cn.sgz.app.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * A token from an external identity provider (not HMAC-signed by us) is accepted only when it was
 * issued by the configured issuer ({@code SGZ_JWKS_ISSUER}) for the configured audience ({@code
 * SGZ_JWKS_AUDIENCE}) and carries an expiry. Without that configuration no external token is
 * accepted, whatever its signature.
 */
@Singleton
final class ExternalIssuerClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {
    private final String issuer;
    private final String audience;

    ExternalIssuerClaims(
            @Value("${sgz.auth.external.issuer:}") String issuer,
            @Value("${sgz.auth.external.audience:}") String audience) {
        this.issuer = issuer.strip();
        this.audience = audience.strip();
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        if (request != null && Callers.issuedHere(request)) {
            return true;
        }
        return !issuer.isEmpty()
                && !audience.isEmpty()
                && issuer.equals(String.valueOf(claims.get(Claims.ISSUER)))
                && claims.get(Claims.EXPIRATION_TIME) != null
                && audiences(claims.get(Claims.AUDIENCE)).contains(audience);
    }

    private static Collection<String> audiences(Object claim) {
        return switch (claim) {
            case Collection<?> values -> values.stream().map(String::valueOf).toList();
            case null -> java.util.List.of();
            default -> java.util.List.of(String.valueOf(claim));
        };
    }
}
