package cn.sgz.infra.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.error.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aQuarterKnowsItsDays() {
        var q1 = Quarter.parse("quarter", "2026Q1");
        assertThat(q1.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q1.days()).isEqualTo(90);
        assertThat(Quarter.parse("quarter", "2028Q1").days()).isEqualTo(91);
        assertThat(Quarter.parse("quarter", "2026Q4").days()).isEqualTo(92);
        assertThat(Quarter.of(LocalDate.of(2026, 7, 1))).hasToString("2026Q3");
    }

    @Test
    void aMalformedCodeIsBadInput() {
        assertThatThrownBy(() -> Quarter.parse("quarter", "2026-Q5"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("2026Q1");
    }
}
