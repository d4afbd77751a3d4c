package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.BodyFormat;

/** The chains that keep headings with text and forbid widows and orphans, read from the flow before paging. */
class CommuniqueFlowTest {

    @Test
    void theReleaseLineHeadingAndTitleStayWithTheFirstTwoLinesOfTheBody() {
        List<FlowItem> flow = flow(SampleCommuniques.PARAGRAPHS.get(1) + "\n\n"
                + SampleCommuniques.PARAGRAPHS.get(2));
        int firstBody = indexOfFirst(flow, RichLine.class);
        assertThat(flow.subList(0, firstBody + 1)).allMatch(FlowItem::keepWithNext);
        assertThat(flow.get(firstBody + 1).keepWithNext()).as("the second body line may end a page").isFalse();
    }

    @Test
    void theLastTwoLinesOfAParagraphStayTogetherAndTheEndMarkWithTheSignature() {
        List<FlowItem> flow = flow(SampleCommuniques.PARAGRAPHS.get(1));
        List<RichLine> body = flow.stream().filter(RichLine.class::isInstance).map(RichLine.class::cast).toList();
        assertThat(body.size()).isGreaterThan(4);
        assertThat(body.get(body.size() - 2).keepWithNext()).isTrue();
        assertThat(body.get(body.size() - 3).keepWithNext()).isFalse();
        assertThat(body.get(body.size() - 1).keepWithNext()).as("the end mark never stands alone").isTrue();
        TextLine endMark = (TextLine) flow.get(flow.size() - 2);
        assertThat(endMark.text()).isEqualTo("FIN");
        assertThat(endMark.keepWithNext()).isTrue();
    }

    private static List<FlowItem> flow(String body) {
        FontSet fonts = new FontPool().borrow();
        GlyphGuard guard = new GlyphGuard(new TreeSet<>());
        PdfContent content = new PdfContent(SampleCommuniques.maliLetterhead(), SampleCommuniques.HEADING,
                SampleCommuniques.TITLE, SampleCommuniques.PLACE_DATE, body, SampleCommuniques.SIGNATURE,
                "Page {0} sur {1}", null, SampleCommuniques.metadata("Essai"), new PdfContent.Publication(
                        BodyFormat.MARKDOWN, "N° 2026-001/BIP", "Pour diffusion immédiate", false, "FIN", true));
        return new CommuniqueFlow(new Typesetter(fonts, guard), new RichSetter(fonts, guard)).build(content);
    }

    private static int indexOfFirst(List<FlowItem> flow, Class<?> type) {
        for (int i = 0; i < flow.size(); i++) {
            if (type.isInstance(flow.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
