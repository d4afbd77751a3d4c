package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {
    private static Passage passage(int start, int end, int matchStart, int matchEnd) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        passage.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
        return passage;
    }

    @Test
    void passagesCutBesideSpacesJoinWithSingleSpacesAndKeepTheirMarks() {
        String content = "Le Ministre a reçu M. \nTraoré au Palais. Puis, la formation  des jeunes a été présentée.";
        int ministre = content.indexOf("Ministre");
        int formation = content.indexOf("formation");
        Object formatted = new SnippetFormatter().format(new Passage[] {
            passage(0, content.indexOf("Traoré"), ministre, ministre + 8),
            passage(content.indexOf("la formation"), content.length(), formation, formation + 9)}, content);

        Snippet snippet = Snippet.parse((String) formatted);

        assertThat(snippet.text()).doesNotContain("  ").contains("M. … la formation des jeunes");
        assertThat(snippet.marked("[", "]")).startsWith("Le [Ministre] a reçu").contains("la [formation] des");
    }

    @Test
    void aMatchRunningPastItsPassageEndsThePassageWithTheWholeWord() {
        // Seen on the benchmark's archive: "coopération UNICEF" while typing cut a passage inside "l’UNICEF",
        // and the search failed instead of showing it.
        String content = "Le Ministre a reçu la Représentante de l’UNICEF. Les échanges ont porté sur la santé.";
        int unicef = content.indexOf("UNICEF");
        int echanges = content.indexOf("échanges");
        Object formatted = new SnippetFormatter().format(new Passage[] {
            passage(0, unicef + 1, unicef, unicef + 6),
            passage(unicef + 3, content.length(), echanges, echanges + 8)}, content);

        Snippet snippet = Snippet.parse((String) formatted);

        assertThat(snippet.marked("[", "]")).startsWith("Le Ministre a reçu la Représentante de l’[UNICEF] …")
                .contains("Les [échanges] ont").doesNotContain("ICEF.");
    }
}
