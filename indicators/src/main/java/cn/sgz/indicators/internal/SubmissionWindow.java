package cn.sgz.indicators.internal;

import cn.sgz.infra.time.Quarter;
import java.time.Instant;
import java.time.ZoneId;

/** When a quarter's submission is on time: by the end of the given number of days after the quarter, Beijing time. */
final class SubmissionWindow {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SubmissionWindow() {}

    static Instant deadline(Quarter quarter, int graceDays) {
        return quarter.lastDay().plusDays(graceDays + 1L).atStartOfDay(ZONE).toInstant();
    }

    static boolean onTime(Quarter quarter, Instant submittedAt, int graceDays) {
        return submittedAt.isBefore(deadline(quarter, graceDays));
    }
}
