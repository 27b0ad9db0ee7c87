package cn.sgz.app.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.reactivestreams.Publisher;

/**
 * Remembers the tokens the JWT validator accepted, until they expire (at most a few minutes): a
 * client sends the same token with every request, and parsing it and checking its signature was
 * the largest cost of a small read that is ours to cut. Installed around every {@link
 * TokenValidator} as it is created; whether a token was logged out is still asked ({@link RevokedTokens}).
 */
@Singleton
@SuppressWarnings({"rawtypes", "unchecked"})
final class ValidatedTokens implements BeanCreatedEventListener<TokenValidator> {
    private final Clock clock;
    private final Duration keepAtMost;
    private final KeptUntil<String, Accepted> accepted;

    /** A remembered token: what its validator gave, and whether we signed it ({@link Callers#issuedHere}). */
    record Accepted(Authentication authentication, boolean issuedHere) {}

    ValidatedTokens(
            Clock clock,
            @Value("${sgz.auth.validated-token-cache-ttl:5m}") Duration keepAtMost,
            @Value("${sgz.auth.validated-token-cache-size:20000}") int capacity) {
        this.clock = clock;
        this.keepAtMost = keepAtMost;
        this.accepted = new KeptUntil<>(capacity);
    }

    @Override
    public TokenValidator onCreated(BeanCreatedEvent<TokenValidator> event) {
        return remembering(event.getBean());
    }

    /** The token as a validator accepted it, while it is remembered; null otherwise. */
    @Nullable
    Accepted accepted(String token) {
        return accepted.get(token, clock.instant());
    }

    TokenValidator remembering(TokenValidator validator) {
        return validator instanceof Remembering ? validator : new Remembering(validator);
    }

    private final class Remembering implements TokenValidator<Object> {
        private final TokenValidator<Object> delegate;

        Remembering(TokenValidator<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Publisher<Authentication> validateToken(String token, Object request) {
            var now = clock.instant();
            var known = accepted.get(token, now);
            if (known != null) {
                return Publishers.just(known.authentication());
            }
            return Publishers.map(delegate.validateToken(token, request), authentication -> {
                remember(token, authentication, now);
                return authentication;
            });
        }

        @Override
        public int getOrder() {
            return delegate.getOrder();
        }
    }

    private void remember(String token, Authentication authentication, Instant now) {
        var expires = expiry(authentication.getAttributes().get("exp"));
        var until = now.plus(keepAtMost);
        if (expires == null) {
            return;
        }
        if (expires.isBefore(until)) {
            until = expires;
        }
        // the signature's algorithm is read once per token, not on each of its requests
        accepted.put(token, new Accepted(authentication, Callers.isHmac(token)), until, now);
    }

    private static Instant expiry(Object exp) {
        return switch (exp) {
            case Date date -> date.toInstant();
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }
}
