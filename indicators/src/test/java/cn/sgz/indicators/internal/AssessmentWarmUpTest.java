package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.time.Quarter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quarters are computed ahead: the one under assessment and today's, in China's time, or those named. */
class AssessmentWarmUpTest {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void byDefaultTheQuarterBeforeAndTodaysInChinasTime() {
        // 2026-09-30 17:00 UTC is already 1 October in Shanghai
        var clock = Clock.fixed(Instant.parse("2026-09-30T17:00:00Z"), CHINA);
        assertThat(warmUp(clock, List.of()).quarters()).containsExactly(q("2026Q3"), q("2026Q4"));
        var january = Clock.fixed(Instant.parse("2027-01-15T02:00:00Z"), CHINA);
        assertThat(warmUp(january, List.of("")).quarters()).containsExactly(q("2026Q4"), q("2027Q1"));
    }

    @Test
    void theQuartersNamedInstead() {
        var clock = Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), CHINA);
        assertThat(warmUp(clock, List.of("2026Q2", " 2025Q4")).quarters()).containsExactly(q("2026Q2"), q("2025Q4"));
    }

    static AssessmentWarmUp warmUp(Clock clock, List<String> quarters) {
        return new AssessmentWarmUp(null, clock, true, quarters, 5000);
    }

    static Quarter q(String code) {
        return Quarter.parse("quarter", code);
    }
}
