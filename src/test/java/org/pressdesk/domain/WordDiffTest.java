package org.pressdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {

    @Test
    void showsTheChangedWordsInReadingOrder() {
        List<WordDiff.Segment> diff = WordDiff.compare("Le Ministre a reçu l’Ambassadeur du Japon.",
                "Le Ministre a reçu mardi l’Ambassadeur de Chine.");
        assertThat(marked(diff)).isEqualTo("Le Ministre a reçu [+mardi +]l’Ambassadeur [-du Japon-][+de Chine+].");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Texte identique. | Texte identique.",
        "| Un texte ajouté.",
        "Un texte retiré. |",
        "Premier paragraphe.\\n\\nSecond. | Premier paragraphe modifié.\\n\\nSecond, enfin.",
    })
    void eitherTextCanBeRebuiltFromTheSegments(String before, String after) {
        String a = before == null ? "" : before.replace("\\n", "\n");
        String b = after == null ? "" : after.replace("\\n", "\n");
        List<WordDiff.Segment> diff = WordDiff.compare(a, b);
        assertThat(rebuild(diff, WordDiff.Kind.ADDED)).isEqualTo(a);
        assertThat(rebuild(diff, WordDiff.Kind.REMOVED)).isEqualTo(b);
    }

    @Test
    void veryLongTextsWithChangesFarApartStillCompare() {
        String base = "mot ".repeat(20_000);
        String changed = "début " + base + " fin";
        List<WordDiff.Segment> diff = WordDiff.compare(base, changed);
        assertThat(rebuild(diff, WordDiff.Kind.REMOVED)).isEqualTo(changed);
        assertThat(rebuild(diff, WordDiff.Kind.ADDED)).isEqualTo(base);
    }

    private static String marked(List<WordDiff.Segment> diff) {
        return diff.stream().map(s -> switch (s.kind()) {
            case EQUAL -> s.text();
            case ADDED -> "[+" + s.text() + "+]";
            case REMOVED -> "[-" + s.text() + "-]";
        }).collect(Collectors.joining());
    }

    private static String rebuild(List<WordDiff.Segment> diff, WordDiff.Kind skipped) {
        return diff.stream().filter(s -> s.kind() != skipped).map(WordDiff.Segment::text).collect(Collectors.joining());
    }
}
