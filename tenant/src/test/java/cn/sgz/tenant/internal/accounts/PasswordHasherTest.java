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
    void aMalformedStoredHashMatchesNothing() {
        assertThat(hasher.matches("Demo@2026", "plain-text")).isFalse();
    }
}
