package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a proxy listed as trusted, the client is the address the proxy forwards. */
@MicronautTest(transactional = false)
@Property(name = "sgz.http.trusted-proxies", value = "127.0.0.1")
@Property(name = "sgz.auth.login-failures-per-address", value = "2")
class TrustedProxyApiTest extends ApiTest {

    @Test
    void theForwardedAddressIsCountedWhenThePeerIsATrustedProxy() {
        var attacker = Map.of("X-Forwarded-For", "203.0.113.50");
        for (int i = 0; i < 2; i++) {
            assertThat(gql.postWith(attacker, null, AuthApiTest.LOGIN, "u", "probe" + i + world.tag, "p", "wrong")
                            .errorCode())
                    .isEqualTo("UNAUTHENTICATED");
        }
        assertThat(gql.postWith(
                                attacker,
                                null,
                                AuthApiTest.LOGIN,
                                "u",
                                world.username("viewerB"),
                                "p",
                                ApiWorld.PASSWORD)
                        .errorCode())
                .isEqualTo("RATE_LIMITED");
        // another client behind the same proxy is not affected; a hop the client wrote itself is not believed
        var someoneElse = Map.of("X-Forwarded-For", "203.0.113.50, 203.0.113.51");
        gql.postWith(someoneElse, null, AuthApiTest.LOGIN, "u", world.username("viewerB"), "p", ApiWorld.PASSWORD)
                .ok();
    }
}
