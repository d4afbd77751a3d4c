package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontPoolTest {

    private final FontPool pool = new FontPool();

    @Test
    void lendsTheSameParsedFontsToExportsThatFollowEachOther() {
        FontSet first = pool.borrow();
        pool.giveBack(first);
        assertThat(pool.borrow()).isSameAs(first);
    }

    @Test
    void lendsEachConcurrentExportItsOwnFonts() {
        FontSet one = pool.borrow();
        FontSet other = pool.borrow();
        assertThat(other).isNotSameAs(one);
        assertThat(other.face(FontStyle.REGULAR)).isNotSameAs(one.face(FontStyle.REGULAR));
    }

    @Test
    void hidesTheSubstitutionTableFromPdfBox() throws Exception {
        assertThat(pool.borrow().face(FontStyle.REGULAR).font().getTableMap()).doesNotContainKey("GSUB")
                .containsKeys("glyf", "cmap", "hmtx");
    }
}
