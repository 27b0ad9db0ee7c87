package cn.sgz.infra.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of time; tests replace it to move time instead of sleeping. */
@Factory
class TimeFactory {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Singleton
    Clock clock() {
        return Clock.system(CHINA);
    }
}
