package org.pressdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Titles keep every script and emoji but lose control characters and bidirectional overrides. */
class TitleTextTest {
    private static final String ARABIC = "وزير الخارجية يستقبل السفير 🤝";

    @Test
    void overridesAndControlsGoArabicAndEmojiStay() {
        assertThat(TitleText.clean("\u202E" + ARABIC + "\u202C\u0007")).isEqualTo(ARABIC);
        assertThat(TitleText.clean("Audience\tdu\u2066 Ministre\u2069")).isEqualTo("Audience du Ministre");
        assertThat(TitleText.clean("Famille 👨\u200D👩\u200D👧")).isEqualTo("Famille 👨\u200D👩\u200D👧");
    }

    @Test
    void aTitleMayStartInAScriptWithoutCapitalsOrWithAnEmoji() {
        assertThat(TitleText.startsLikeTitle(ARABIC.codePointAt(0))).isTrue();
        assertThat(TitleText.startsLikeTitle("🤝".codePointAt(0))).isTrue();
        assertThat(TitleText.startsLikeTitle("外交部".codePointAt(0))).isTrue();
        assertThat(TitleText.startsLikeTitle('l')).isFalse();
    }

    @Test
    void savedContentCarriesTheCleanTitle() {
        CommuniqueContent content = new CommuniqueContent("\u202E" + ARABIC, "Corps.", null, 1, "Bamako", null, "ar");
        assertThat(content.normalized().title()).isEqualTo(ARABIC);
    }
}
