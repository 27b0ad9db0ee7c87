package cn.sgz.app.health;

import cn.sgz.infra.redis.Redis;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Redis is not needed to serve: without it the service runs on, degraded (no throttling, no token
 * revocation, no cache). Health says so without turning the whole service DOWN.
 */
@Singleton
class RedisHealthIndicator implements HealthIndicator {
    /**
     * Operational left unknown on purpose: Micronaut ranks a status of unknown operation above UP and
     * below DOWN, so the overall status reads DEGRADED, with HTTP 200, unless something is DOWN.
     */
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "Redis 不可用，服务降级运行", null, 500);

    private final Redis redis;

    RedisHealthIndicator(Redis redis) {
        this.redis = redis;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(() -> {
            var up = redis.available();
            return HealthResult.builder("redis", up ? HealthStatus.UP : DEGRADED)
                    .details(Map.of("available", up))
                    .build();
        });
    }
}
