package cn.sgz.infra.deadline;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sweep every {@code sgz.deadlines.sweep-interval} (30 s) on every node; nodes share the
 * work through row locks. Off with {@code sgz.deadlines.sweeper.enabled=false} (tests sweep by hand).
 */
@Singleton
@Requires(property = "sgz.deadlines.sweeper.enabled", notEquals = "false")
class DeadlineSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineSchedule.class);

    private final DeadlineSweep sweep;
    private final Clock clock;

    DeadlineSchedule(DeadlineSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${sgz.deadlines.sweep-interval:30s}", initialDelay = "${sgz.deadlines.sweep-interval:30s}")
    void run() {
        try {
            var reached = sweep.sweep(clock.instant());
            if (!reached.isEmpty()) {
                LOG.info("时限扫描：{} 条提醒或超时", reached.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("时限扫描失败，下次再试：{}", e.toString());
        }
    }
}
