package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.redis.Redis;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "sgz.auth.login-failures-per-address", value = "3")
class AddressThrottleApiTest extends ApiTest {
    static final String ADDRESS_KEY = "auth:login-failures:address:127.0.0.1";
    static final String ATTEMPTS_KEY = "auth:login-attempts:address:127.0.0.1";

    @Inject
    Redis redis;

    @BeforeAll
    void forgetEarlierFailures() {
        redis.delete(ADDRESS_KEY);
        redis.delete(ATTEMPTS_KEY);
    }

    @AfterAll
    void forget() {
        redis.delete(ADDRESS_KEY);
        redis.delete(ATTEMPTS_KEY);
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottled() {
        for (int i = 0; i < 3; i++) {
            // each claims another address: a client cannot choose the address it is counted under
            var spoofed = Map.of("X-Forwarded-For", "203.0.113." + (i + 1));
            assertThat(gql.postWith(spoofed, null, AuthApiTest.LOGIN, "u", "spray" + i + world.tag, "p", "123456")
                            .errorCode())
                    .isEqualTo("UNAUTHENTICATED");
        }
        assertThat(gql.post(null, AuthApiTest.LOGIN, "u", world.username("leadA"), "p", ApiWorld.PASSWORD)
                        .errorCode())
                .isEqualTo("RATE_LIMITED");
    }
}
