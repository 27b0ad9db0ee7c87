package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyEnums.AlertKind;
import cn.sgz.emergency.api.EmergencyViews.StockAlert;
import cn.sgz.emergency.api.EmergencyViews.StockLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The alerts a station's levels raise: under the minimum, or a batch expiring within 30 days (or expired). */
final class StockRules {
    static final int EXPIRY_WARNING_DAYS = 30;

    private StockRules() {}

    static List<StockAlert> alerts(List<StockLevel> levels, LocalDate today) {
        var alerts = new ArrayList<StockAlert>();
        var horizon = today.plusDays(EXPIRY_WARNING_DAYS);
        for (var level : levels) {
            if (level.belowMinimum()) {
                alerts.add(new StockAlert(
                        AlertKind.BELOW_MINIMUM,
                        level.stationId(),
                        level.resourceTypeId(),
                        level.onHand(),
                        level.minimum(),
                        null,
                        level.minimum() - level.onHand()));
            }
            for (var batch : level.batches()) {
                if (batch.expiresOn() != null && !batch.expiresOn().isAfter(horizon)) {
                    alerts.add(new StockAlert(
                            AlertKind.EXPIRING,
                            level.stationId(),
                            level.resourceTypeId(),
                            level.onHand(),
                            level.minimum(),
                            batch.expiresOn(),
                            batch.quantity()));
                }
            }
        }
        return alerts;
    }
}
