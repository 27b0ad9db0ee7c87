package cn.sgz.tenant.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashMatchesItsPasswordOnly() {
        var hash = hasher.hash("Demo@2026");
        assertThat(hash)
                .startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$")
                .doesNotContain("Demo@2026");
        assertThat(hasher.matches("Demo@2026", hash)).isTrue();
        assertThat(hasher.matches("demo@2026", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("Demo@2026")).isNotEqualTo(hasher.hash("Demo@2026"));
    }

    @Test
    void theDecoyIsShapedAndCheckedLikeARealHashAndMatchesNothing() {
        var real = hasher.hash("Demo@2026").split("\\$");
        var decoy = hasher.decoy.split("\\$");
        assertThat(decoy).hasSize(4);
        assertThat(decoy[0]).isEqualTo(real[0]);
        assertThat(decoy[1]).isEqualTo(real[1]); // the same iterations, so the same time per check
        assertThat(decoy[2]).hasSameSizeAs(real[2]);
        assertThat(decoy[3]).hasSameSizeAs(real[3]);
        assertThat(new PasswordHasher().decoy).isNotEqualTo(hasher.decoy);
        assertThat(hasher.matches("Demo@2026", hasher.decoy)).isFalse();
        assertThat(hasher.matches("", hasher.decoy)).isFalse();
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertThat(hasher.matches("Demo@2026", "plain-text")).isFalse();
    }
}
