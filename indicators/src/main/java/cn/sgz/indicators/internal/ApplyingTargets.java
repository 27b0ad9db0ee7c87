package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.internal.CatalogueRepository.StationTarget;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Which target applies to each of a station's indicators, without I/O: the station's own target
 * wins over the project's target for all its stations, and with neither the catalogue's default.
 */
final class ApplyingTargets {
    private ApplyingTargets() {}

    static Function<Indicator, BigDecimal> of(List<StationTarget> targets) {
        var applying = new HashMap<String, BigDecimal>();
        targets.stream()
                .filter(t -> t.targetStationId() == null)
                .forEach(t -> applying.put(t.indicatorCode(), t.target()));
        targets.stream()
                .filter(t -> t.targetStationId() != null)
                .forEach(t -> applying.put(t.indicatorCode(), t.target()));
        return indicator -> applying.getOrDefault(indicator.code(), indicator.defaultTarget());
    }
}
