package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.Indicators;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the server is up (start-up itself waits for none of it), the quarters the bureaus read most
 * are computed ahead on a virtual thread of their own, so that the first dashboard after a restart
 * does not compute every station from all its records (~450 ms for 1,000 stations; the JVM's own
 * warm-up still costs the first requests more). By default the quarter before today's (China's
 * time), the one under assessment, and today's; {@code sgz.indicators.warm-up.quarters} names
 * others, {@code sgz.indicators.warm-up.enabled=false} turns it off. Together at most the cache's
 * size of station-quarters. Under the system's scope: what is kept of a station is its whole
 * quarter, which is what every reader of that station reads, and it is served only to a caller
 * whose own scope reads the station's revision row ({@link AssessmentService}). A failure is logged
 * and the cache fills on demand, as before.
 */
@Singleton
class AssessmentWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(AssessmentWarmUp.class);

    private final Indicators indicators;
    private final Clock clock;
    private final boolean enabled;
    private final List<String> quarters;
    private final int capacity;

    AssessmentWarmUp(
            Indicators indicators,
            Clock clock,
            @Value("${sgz.indicators.warm-up.enabled:true}") boolean enabled,
            @Value("${sgz.indicators.warm-up.quarters:}") List<String> quarters,
            @Value("${sgz.indicators.assessment-cache.size:5000}") int capacity) {
        this.indicators = indicators;
        this.clock = clock;
        this.enabled = enabled;
        this.quarters = quarters;
        this.capacity = capacity;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (enabled && capacity > 0) {
            Thread.ofVirtual().name("assessment-warm-up").start(this::run);
        }
    }

    private void run() {
        List<Quarter> ahead;
        try {
            ahead = quarters();
        } catch (RuntimeException e) {
            LOG.warn("sgz.indicators.warm-up.quarters 有误，不预先计算考核", e);
            return;
        }
        for (var quarter : ahead) {
            var begin = System.nanoTime();
            try {
                int stations =
                        Tenancy.callAs(Scope.system(), () -> indicators.computeAhead(quarter, capacity / ahead.size()));
                LOG.info("已预先计算 {} 季度 {} 个站点的考核，用时 {} ms", quarter, stations, (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("预先计算 {} 季度考核失败，改为按需计算", quarter, e);
            }
        }
    }

    /** The quarters named, else the one before today's and today's, in that order. */
    List<Quarter> quarters() {
        var named = quarters.stream().filter(code -> !code.isBlank()).toList();
        if (!named.isEmpty()) {
            return named.stream()
                    .map(code -> Quarter.parse("sgz.indicators.warm-up.quarters", code.strip()))
                    .toList();
        }
        var today = LocalDate.now(clock);
        return List.of(Quarter.of(today.minusMonths(3)), Quarter.of(today));
    }
}
