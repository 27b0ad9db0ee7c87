package cn.sgz.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.indicators.internal.AssessmentCache.Entry;
import cn.sgz.indicators.internal.QuarterComputation.Computed;
import cn.sgz.infra.time.Quarter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An entry belongs to one station's quarter, and a late writer never puts an older one back. */
class AssessmentCacheTest {
    static final Quarter Q2 = Quarter.parse("quarter", "2026Q2");
    static final UUID STATION = UUID.randomUUID();

    @Test
    void anEntryBelongsToItsStationAndQuarterWithItsRevisions() {
        var cache = new AssessmentCache(10);
        var computed = computed(80.0);
        cache.put(STATION, Q2, new Entry(3, 1, 7, computed));
        assertThat(cache.get(STATION, Q2)).isEqualTo(new Entry(3, 1, 7, computed));
        assertThat(cache.get(STATION, Quarter.parse("quarter", "2026Q3"))).isNull();
        assertThat(cache.get(UUID.randomUUID(), Q2)).isNull();
    }

    @Test
    void anOlderRevisionNeverReplacesANewerOne() {
        var cache = new AssessmentCache(10);
        var newer = computed(90.0);
        cache.put(STATION, Q2, new Entry(5, 2, 9, newer));
        cache.put(STATION, Q2, new Entry(4, 9, 8, computed(10.0)));
        cache.put(STATION, Q2, new Entry(5, 1, 9, computed(20.0)));
        assertThat(cache.get(STATION, Q2).computed()).isSameAs(newer);
        var newest = computed(95.0);
        cache.put(STATION, Q2, new Entry(6, 0, 10, newest));
        assertThat(cache.get(STATION, Q2).computed()).isSameAs(newest);
    }

    @Test
    void newTargetsForTheSameRecordsReplaceTheOldOnes() {
        var cache = new AssessmentCache(10);
        cache.put(STATION, Q2, new Entry(5, 1, 3, computed(90.0)));
        var retargeted = computed(90.0);
        cache.put(STATION, Q2, new Entry(5, 2, 3, retargeted));
        assertThat(cache.get(STATION, Q2).computed()).isSameAs(retargeted);
        assertThat(cache.get(STATION, Q2).targetsRevision()).isEqualTo(2);
    }

    @Test
    void itStaysWithinItsSizeAndZeroTurnsItOff() {
        var cache = new AssessmentCache(100);
        for (int i = 0; i < 1_000; i++) {
            cache.put(UUID.randomUUID(), Q2, new Entry(1, 0, 0, computed(1.0)));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(100);
        var off = new AssessmentCache(0);
        off.put(STATION, Q2, new Entry(1, 0, 0, computed(1.0)));
        assertThat(off.get(STATION, Q2)).isNull();
    }

    static Computed computed(double satisfaction) {
        return new Computed(satisfaction, List.of(), List.of(), List.of(), QuarterFacts.Records.NONE);
    }
}
