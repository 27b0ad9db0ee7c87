package cn.sgz.app.security;

import cn.sgz.tenant.api.Accounts;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Flux;

/**
 * Turns a request's validated JWT into a {@link Caller} with the user's scope ({@link Scopes}). Our
 * own tokens carry the user id; a token from an external issuer (JWKS) names a user by username. A revoked token, or one
 * for an unknown or disabled user, yields no caller.
 */
@Singleton
public class Callers {
    private final Accounts accounts;
    private final Scopes scopes;
    private final RevokedTokens revokedTokens;
    private final ValidatedTokens validatedTokens;
    private final List<TokenValidator<HttpRequest<?>>> validators;

    Callers(
            Accounts accounts,
            Scopes scopes,
            RevokedTokens revokedTokens,
            ValidatedTokens validatedTokens,
            List<TokenValidator<HttpRequest<?>>> validators) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.revokedTokens = revokedTokens;
        this.validatedTokens = validatedTokens;
        this.validators = validators;
    }

    /**
     * The caller of a token that did not come in the Authorization header (a WebSocket's
     * connection_init), checked as the header's would be. Blocks while a validator fetches keys.
     */
    public Optional<Caller> resolveToken(String token, HttpRequest<?> request) {
        var bare = bearer(token);
        // validators judge a token by the Authorization header it came in (ExternalIssuerClaims)
        var asHeader = HttpRequest.GET(request.getUri().toString()).bearerAuth(bare);
        return authenticate(bare, asHeader);
    }

    /**
     * The caller of the request's bearer token (its Authorization header), if the token is valid and
     * names one. No framework filter does this before the route: every route that serves a caller
     * asks here (Micronaut Security's own filter is off, see application.yml). Blocks while a
     * validator fetches keys.
     */
    public Optional<Caller> resolve(HttpRequest<?> request) {
        var header = request.getHeaders().getAuthorization().orElse("");
        return header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authenticate(bearer(header), request)
                : Optional.empty();
    }

    private static String bearer(String token) {
        return token.regionMatches(true, 0, "Bearer ", 0, 7)
                ? token.substring(7).strip()
                : token.strip();
    }

    private Optional<Caller> authenticate(String token, HttpRequest<?> request) {
        if (token.isEmpty()) {
            return Optional.empty();
        }
        var known = validatedTokens.accepted(token);
        if (known != null) {
            return resolve(known.authentication(), known.issuedHere());
        }
        var authentication = validate(token, request);
        return authentication == null ? Optional.empty() : resolve(authentication, isHmac(token));
    }

    private @Nullable Authentication validate(String token, HttpRequest<?> request) {
        for (var validator : validators) {
            var authentication = Flux.from(validator.validateToken(token, request))
                    .onErrorResume(error -> Flux.empty())
                    .blockFirst(Duration.ofSeconds(5));
            if (authentication != null) {
                return authentication;
            }
        }
        return null;
    }

    /**
     * Only our own tokens may name a user by id: they are HMAC-signed with our secret, which no
     * external issuer holds. An external token's claims other than its subject are ignored.
     */
    static boolean issuedHere(HttpRequest<?> request) {
        var header = request.getHeaders().getAuthorization().orElse("");
        return header.regionMatches(true, 0, "Bearer ", 0, 7) && isHmac(bearer(header));
    }

    static boolean isHmac(String token) {
        try {
            var algorithm = JWSObject.parse(token).getHeader().getAlgorithm();
            return JWSAlgorithm.Family.HMAC_SHA.contains(algorithm);
        } catch (java.text.ParseException e) {
            return false;
        }
    }

    Optional<Caller> resolve(Authentication authentication, boolean issuedHere) {
        var claims = authentication.getAttributes();
        var userId = issuedHere ? TokenClaims.userId(claims) : Optional.<UUID>empty();
        if (userId.isPresent()) {
            var tokenId = String.valueOf(claims.get(TokenClaims.TOKEN_ID));
            if (revokedTokens.isRevoked(tokenId)) {
                return Optional.empty();
            }
            var scope = scopes.of(userId.get(), authentication.getName());
            return Optional.of(new Caller(scope, tokenId, expiry(claims.get("exp"))));
        }
        return accounts.enabledUser(authentication.getName())
                .map(user -> new Caller(scopes.of(user.id(), user.username()), null, null));
    }

    private static Instant expiry(Object exp) {
        return switch (exp) {
            case Date date -> date.toInstant();
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }
}
