package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.BodyFormat;

class BodyMarkupTest {

    @Test
    void readsParagraphsListsQuotationsAndEmphasis() {
        List<BodyBlock> blocks = BodyMarkup.parse("Le **Ministre** a *reçu* :\n\n- un\n- deux\n\n3. trois\n4. quatre"
                + "\n\n> « Citation »", BodyFormat.MARKDOWN);
        assertThat(blocks).extracting(BodyBlock::kind).containsExactly(BodyBlock.Kind.PARAGRAPH,
                BodyBlock.Kind.LIST_ITEM, BodyBlock.Kind.LIST_ITEM, BodyBlock.Kind.LIST_ITEM,
                BodyBlock.Kind.LIST_ITEM, BodyBlock.Kind.QUOTE);
        assertThat(blocks.get(0).spans()).containsExactly(new BodyBlock.Span("Le ", false, false),
                new BodyBlock.Span("Ministre", true, false), new BodyBlock.Span(" a ", false, false),
                new BodyBlock.Span("reçu", false, true), new BodyBlock.Span(" :", false, false));
        assertThat(blocks).extracting(BodyBlock::marker).containsExactly("", "•", "•", "3.", "4.", "");
        assertThat(blocks.get(5).text()).isEqualTo("« Citation »");
    }

    @Test
    void aSingleLineBreakStartsANewParagraphAndHeadingsPrintAsTyped() {
        List<BodyBlock> blocks = BodyMarkup.parse("Premier\nSecond\n# pas un titre\n---", BodyFormat.MARKDOWN);
        assertThat(blocks).extracting(BodyBlock::text).containsExactly("Premier", "Second", "# pas un titre", "---");
    }

    @Test
    void plainBodiesKeepEveryCharacter() {
        List<BodyBlock> blocks = BodyMarkup.parse("- pas une liste\n\n**pas gras**", BodyFormat.PLAIN);
        assertThat(blocks).extracting(BodyBlock::text).containsExactly("- pas une liste", "**pas gras**");
        assertThat(blocks).extracting(BodyBlock::kind).containsOnly(BodyBlock.Kind.PARAGRAPH);
    }
}
