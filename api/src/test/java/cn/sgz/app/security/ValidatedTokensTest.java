package cn.sgz.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/** A validated token is remembered until it expires, never longer; a refused one is not remembered. */
class ValidatedTokensTest {
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    final MovableClock clock = new MovableClock(NOW);
    final CountingValidator jwt = new CountingValidator();

    @SuppressWarnings("unchecked")
    final TokenValidator<Object> validator = new ValidatedTokens(clock, Duration.ofMinutes(5), 100).remembering(jwt);

    @Test
    void aTokenIsCheckedOnceWhileItIsValid() {
        jwt.accept("good", NOW.plusSeconds(600));
        assertThat(validate("good")).hasSize(1);
        assertThat(validate("good")).hasSize(1);
        assertThat(jwt.calls).isEqualTo(1);
    }

    @Test
    void aRememberedTokenIsCheckedAgainOnceItExpires() {
        jwt.accept("short", NOW.plusSeconds(60));
        validate("short");
        clock.now = NOW.plusSeconds(61);
        jwt.reject("short");
        assertThat(validate("short")).isEmpty();
        assertThat(jwt.calls).isEqualTo(2);
    }

    @Test
    void nothingIsRememberedLongerThanTheCap() {
        jwt.accept("long", NOW.plusSeconds(3600));
        validate("long");
        clock.now = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);
        validate("long");
        assertThat(jwt.calls).isEqualTo(2);
    }

    @Test
    void aRefusedTokenIsAskedAboutEveryTime() {
        assertThat(validate("forged")).isEmpty();
        assertThat(validate("forged")).isEmpty();
        assertThat(jwt.calls).isEqualTo(2);
    }

    private List<Authentication> validate(String token) {
        return Flux.from(validator.validateToken(token, null)).collectList().block();
    }

    static final class CountingValidator implements TokenValidator<Object> {
        int calls;
        final java.util.HashMap<String, Instant> valid = new java.util.HashMap<>();

        void accept(String token, Instant expires) {
            valid.put(token, expires);
        }

        void reject(String token) {
            valid.remove(token);
        }

        @Override
        public Publisher<Authentication> validateToken(String token, Object request) {
            calls++;
            var expires = valid.get(token);
            return expires == null
                    ? Publishers.empty()
                    : Publishers.just(Authentication.build("u", List.of(), Map.of("exp", expires.getEpochSecond())));
        }
    }

    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
