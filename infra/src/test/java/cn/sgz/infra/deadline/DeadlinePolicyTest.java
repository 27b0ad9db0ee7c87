package cn.sgz.infra.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.calendar.ShippedCalendars;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Due and warning times of the contract's clocks, on the shipped PRC calendar. */
class DeadlinePolicyTest {

    @Test
    void hoursRunOnTheClockAndTheWarningComesWithAQuarterLeft() {
        var policy = DeadlinePolicy.DEFAULTS.get("EVALUATE");
        var start = OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant();
        var due = policy.dueAt(start, ShippedCalendars.CALENDAR);
        assertThat(due)
                .isEqualTo(OffsetDateTime.parse("2026-10-02T10:00:00+08:00").toInstant());
        assertThat(policy.warnAt(start, due))
                .isEqualTo(OffsetDateTime.parse("2026-10-01T22:00:00+08:00").toInstant());
    }

    @Test
    void workingDaysSkipTheGoldenWeekAndCountItsMakeUpSaturday() {
        var policy = DeadlinePolicy.DEFAULTS.get("REPLY");
        var start = OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant();
        // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15: due at the end of the 15th
        assertThat(policy.dueAt(start, ShippedCalendars.CALENDAR))
                .isEqualTo(OffsetDateTime.parse("2026-10-16T00:00:00+08:00").toInstant());
        var short4 = new DeadlinePolicy(DeadlinePolicy.Mode.WORKING_DAYS, 4, new BigDecimal("0.50"));
        assertThat(short4.dueAt(start, ShippedCalendars.CALENDAR))
                .isEqualTo(OffsetDateTime.parse("2026-10-13T00:00:00+08:00").toInstant());
    }
}
