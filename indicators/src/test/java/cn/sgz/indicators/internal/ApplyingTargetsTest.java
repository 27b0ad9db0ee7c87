package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.ServiceEnums.Measure;
import cn.sgz.indicators.api.ServiceEnums.ServiceDomain;
import cn.sgz.indicators.internal.CatalogueRepository.StationTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A station's own target wins over the project's for all stations, in either order; else the default. */
class ApplyingTargetsTest {
    static final UUID STATION = UUID.randomUUID();
    static final Indicator CASES = indicator("ELDERLY_CASES", 3);
    static final Indicator ACTIVITIES = indicator("ELDERLY_ACTIVITIES", 6);

    @Test
    void theStationsOwnTargetWinsWhicheverComesFirst() {
        var own = new StationTarget(STATION, STATION, "ELDERLY_CASES", BigDecimal.valueOf(5));
        var forAll = new StationTarget(STATION, null, "ELDERLY_CASES", BigDecimal.valueOf(8));
        assertThat(ApplyingTargets.of(List.of(own, forAll)).apply(CASES)).isEqualByComparingTo("5");
        assertThat(ApplyingTargets.of(List.of(forAll, own)).apply(CASES)).isEqualByComparingTo("5");
        assertThat(ApplyingTargets.of(List.of(forAll)).apply(CASES)).isEqualByComparingTo("8");
    }

    @Test
    void withoutATargetTheCataloguesDefault() {
        var forAll = new StationTarget(STATION, null, "ELDERLY_CASES", BigDecimal.valueOf(8));
        assertThat(ApplyingTargets.of(List.of(forAll)).apply(ACTIVITIES)).isEqualByComparingTo("6");
        assertThat(ApplyingTargets.of(List.of()).apply(CASES)).isEqualByComparingTo("3");
    }

    static Indicator indicator(String code, int defaultTarget) {
        return new Indicator(
                code, code, ServiceDomain.ELDERLY, "例", Measure.CASES, BigDecimal.valueOf(defaultTarget), 1);
    }
}
