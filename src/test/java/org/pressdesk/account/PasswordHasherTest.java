package org.pressdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.app.AppServices;

class PasswordHasherTest {
    private static final char[] PASSWORD = "Koulouba-2026".toCharArray();

    @Test
    void theProductionHasherUsesAtLeastTheOwaspWorkFactorAndWritesItIntoTheHash() {
        PasswordHasher production = AppServices.Settings.production().hasher();

        assertThat(production.iterations()).isGreaterThanOrEqualTo(210_000);
        String stored = production.hash(PASSWORD);
        assertThat(stored.split("\\$")).hasSize(4)
                .satisfies(parts -> {
                    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
                    assertThat(Integer.parseInt(parts[1])).isEqualTo(production.iterations());
                });
        assertThat(production.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void aHashKeepsItsOwnIterationCountSoRaisingTheFactorKeepsOldPasswordsValid() {
        String old = new PasswordHasher(1_000).hash(PASSWORD);

        assertThat(old).startsWith("pbkdf2-sha256$1000$");
        assertThat(new PasswordHasher(3_000).matches(PASSWORD, old)).isTrue();
        assertThat(new PasswordHasher(3_000).matches("Koulouba-2025".toCharArray(), old)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        PasswordHasher hasher = new PasswordHasher(1_000);

        assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Koulouba-2026", "pbkdf2-sha256$1000$abc", "md5$1000$AAAA$AAAA",
        "pbkdf2-sha256$many$AAAA$AAAA", "pbkdf2-sha256$1000$not base64!$AAAA"})
    void aStoredValueThatIsNotOurHashNeverMatches(String stored) {
        assertThat(new PasswordHasher(1_000).matches(PASSWORD, stored)).isFalse();
    }
}
