package cn.sgz.app.security;

import cn.sgz.infra.redis.Redis;
import cn.sgz.tenant.api.Accounts;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Turns a request's validated JWT into a {@link Caller}. Our own tokens carry the scope; a token
 * from an external issuer (JWKS) names a user whose grants are looked up. A revoked token, or one
 * for an unknown or disabled user, yields no caller.
 */
@Singleton
public class Callers {
    private final Accounts accounts;
    private final Redis redis;

    Callers(Accounts accounts, Redis redis) {
        this.accounts = accounts;
        this.redis = redis;
    }

    public Optional<Caller> resolve(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .flatMap(authentication -> resolve(authentication, issuedHere(request)));
    }

    /**
     * Only our own tokens may carry a scope: they are HMAC-signed with our secret, which no external
     * issuer holds. An external token's scope claims, if any, are ignored.
     */
    static boolean issuedHere(HttpRequest<?> request) {
        var header = request.getHeaders().getAuthorization().orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        try {
            var algorithm =
                    JWSObject.parse(header.substring(7).strip()).getHeader().getAlgorithm();
            return JWSAlgorithm.Family.HMAC_SHA.contains(algorithm);
        } catch (java.text.ParseException e) {
            return false;
        }
    }

    Optional<Caller> resolve(Authentication authentication, boolean issuedHere) {
        var claims = authentication.getAttributes();
        if (issuedHere && TokenClaims.carriesScope(claims)) {
            var tokenId = String.valueOf(claims.get(TokenClaims.TOKEN_ID));
            // with Redis down a logged-out token stays usable until it expires (minutes): degraded
            if (redis.exists(revokedKey(tokenId)).orElse(false)) {
                return Optional.empty();
            }
            var scope = TokenClaims.scope(authentication.getName(), authentication.getRoles(), claims);
            return Optional.of(new Caller(scope, tokenId, expiry(claims.get("exp"))));
        }
        return accounts.enabledUser(authentication.getName())
                .map(user -> new Caller(accounts.scopeOf(user), null, null));
    }

    static String revokedKey(String tokenId) {
        return "auth:revoked:" + tokenId;
    }

    private static Instant expiry(Object exp) {
        return switch (exp) {
            case Date date -> date.toInstant();
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }
}
