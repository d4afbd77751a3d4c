package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A title line in Arabic, with an emoji and a right-to-left override, is seen as a title. */
class TitleLineTest {
    @Test
    void anArabicTitleWithAnOverrideAndAnEmojiIsATitle() {
        Block title = new Block(List.of("\u202Eوزير الخارجية يستقبل السفير 🤝"), 1);
        assertThat(title.looksLikeTitle()).isTrue();
    }

    @Test
    void aLowerCaseSentenceIsStillNoTitle() {
        assertThat(new Block(List.of("le ministre a reçu l’ambassadeur hier."), 1).looksLikeTitle()).isFalse();
    }
}
