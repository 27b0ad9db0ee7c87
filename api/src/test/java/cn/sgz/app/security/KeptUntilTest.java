package cn.sgz.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeptUntilTest {
    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aValueIsKeptUntilItsInstantAndNotAtIt() {
        var kept = new KeptUntil<String, String>(10);
        kept.put("a", "A", NOW.plusSeconds(1), NOW);
        assertThat(kept.get("a", NOW)).isEqualTo("A");
        assertThat(kept.get("a", NOW.plusMillis(999))).isEqualTo("A");
        assertThat(kept.get("a", NOW.plusSeconds(1))).isNull();
        kept.remove("a");
        assertThat(kept.get("a", NOW)).isNull();
    }

    @Test
    void whenFullTheExpiredGoFirstThenAll() {
        var kept = new KeptUntil<String, String>(2);
        kept.put("old", "O", NOW.plusSeconds(1), NOW);
        kept.put("live", "L", NOW.plusSeconds(60), NOW);
        var later = NOW.plusSeconds(2);
        kept.put("new", "N", NOW.plusSeconds(60), later);
        assertThat(kept.get("live", later)).isEqualTo("L");
        assertThat(kept.get("new", later)).isEqualTo("N");
        // both live: nothing expired to drop, so all go
        kept.put("newer", "R", NOW.plusSeconds(60), later);
        assertThat(kept.get("live", later)).isNull();
        assertThat(kept.get("new", later)).isNull();
        assertThat(kept.get("newer", later)).isEqualTo("R");
    }
}
