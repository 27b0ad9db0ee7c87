package cn.sgz.emergency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.emergency.api.EmergencyEnums.AlertKind;
import cn.sgz.emergency.api.EmergencyViews.Batch;
import cn.sgz.emergency.api.EmergencyViews.StockAlert;
import cn.sgz.emergency.api.EmergencyViews.StockLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alerts on both sides of their boundaries: the minimum, and 30 days to expiry. */
class StockRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static StockLevel level(int onHand, int reserved, int minimum, Batch... batches) {
        return new StockLevel(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                onHand,
                reserved,
                minimum,
                null,
                List.of(batches));
    }

    @Test
    void aLevelAtItsMinimumIsFineOneBelowIsShortByOne() {
        assertThat(StockRules.alerts(List.of(level(5, 0, 5)), TODAY)).isEmpty();
        assertThat(StockRules.alerts(List.of(level(4, 0, 5)), TODAY))
                .extracting(StockAlert::kind, StockAlert::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.BELOW_MINIMUM, 1));
        // reserved stock still counts as held until it leaves
        assertThat(StockRules.alerts(List.of(level(5, 5, 5)), TODAY)).isEmpty();
        assertThat(StockRules.alerts(List.of(level(0, 0, 0)), TODAY)).isEmpty();
    }

    @Test
    void aBatchExpiringWithinThirtyDaysOrAlreadyExpiredIsAlerted() {
        var alerts = StockRules.alerts(
                List.of(level(
                        10,
                        0,
                        0,
                        new Batch(TODAY.minusDays(1), 1),
                        new Batch(TODAY.plusDays(30), 2),
                        new Batch(TODAY.plusDays(31), 3),
                        new Batch(null, 4))),
                TODAY);
        assertThat(alerts).extracting(StockAlert::expiresOn).containsExactly(TODAY.minusDays(1), TODAY.plusDays(30));
        assertThat(alerts).extracting(StockAlert::quantity).containsExactly(1, 2);
    }
}
