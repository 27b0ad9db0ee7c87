package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.time.Quarter;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A quarter's submission window ends at midnight Beijing time, not UTC. */
class SubmissionWindowTest {
    static final Quarter Q1 = new Quarter(2026, 1);

    @Test
    void tenDaysAfterTheQuarterEndsAtMidnightInShanghai() {
        // 2026Q1 ends 31 March; ten days of grace end at 2026-04-11T00:00+08:00 = 2026-04-10T16:00Z
        assertThat(SubmissionWindow.onTime(
                        Q1, OffsetDateTime.parse("2026-04-10T23:59:59+08:00").toInstant(), 10))
                .isTrue();
        assertThat(SubmissionWindow.onTime(
                        Q1, OffsetDateTime.parse("2026-04-11T00:00:00+08:00").toInstant(), 10))
                .isFalse();
        // the same instant as UTC evening of the 10th is already late in Beijing
        assertThat(SubmissionWindow.onTime(
                        Q1, OffsetDateTime.parse("2026-04-10T16:30:00Z").toInstant(), 10))
                .isFalse();
        assertThat(SubmissionWindow.onTime(
                        Q1, OffsetDateTime.parse("2026-03-15T09:00:00+08:00").toInstant(), 10))
                .isTrue();
    }

    @Test
    void withoutGraceTheQuarterItselfIsTheWindow() {
        assertThat(SubmissionWindow.onTime(
                        Q1, OffsetDateTime.parse("2026-03-31T23:59:00+08:00").toInstant(), 0))
                .isTrue();
        assertThat(SubmissionWindow.onTime(
                        Q1, OffsetDateTime.parse("2026-04-01T00:00:00+08:00").toInstant(), 0))
                .isFalse();
    }
}
