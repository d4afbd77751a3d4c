package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreakerTest {

    private static final float SIZE = 11.5f;
    private static FontFace face;

    @BeforeAll
    static void loadFont() {
        face = new FontPool().borrow().face(FontStyle.REGULAR);
    }

    @Test
    void breaksOnlyAtOrdinarySpaces() {
        String text = "la réunion du conseil\u202F: une\u00A0décision importante pour le pays";
        List<String> lines = new LineBreaker(face, SIZE).wrap(text, 60f);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith("\u202F").doesNotStartWith(":"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("conseil\u202F:"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("une\u00A0décision"));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(floats = {20f, 55f, 120f, 300f})
    void neverMakesALineWiderThanTheColumn(float width) {
        String text = "Voir https://www.diplomatie.gouv.ml/communiques/2026/02/audience-ambassadeur-allemagne.html "
                + "et anticonstitutionnellementanticonstitutionnellement puis " + "x".repeat(400) + " fin";
        List<String> lines = new LineBreaker(face, SIZE).wrap(text, width);
        assertThat(lines).allSatisfy(line -> assertThat(face.width(line, SIZE)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void splitsALongUrlAfterASlashWhenOneIsNear() {
        String url = "https://www.diplomatie.gouv.ml/communiques/2026/02/audience-ambassadeur-allemagne.html";
        List<String> lines = new LineBreaker(face, SIZE).wrap(url, 150f);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(0)).matches(".*[/.-]");
    }

    @Test
    void startsAWordTooLongForAnyLineOnTheCurrentLine() {
        String url = "https://www.diplomatie.gouv.ml/communiques/2026/02/audience-ambassadeur-allemagne.html";
        List<String> lines = new LineBreaker(face, SIZE).wrap("Voir " + url + " ici", 200f);
        assertThat(lines.get(0)).startsWith("Voir https://");
        assertThat(lines).allSatisfy(line -> assertThat(face.width(line, SIZE)).isLessThanOrEqualTo(200f));
        assertThat(String.join("", lines)).isEqualTo("Voir " + url + " ici");
    }

    @Test
    void fillsLinesGreedilyWithSingleSpaces() {
        List<String> lines = new LineBreaker(face, SIZE).wrap("un   deux trois quatre", 1000f);
        assertThat(lines).containsExactly("un deux trois quatre");
    }

    @Test
    void cutsTextForOneLineWithAnEllipsis() {
        LineBreaker breaker = new LineBreaker(face, SIZE);
        String cut = breaker.fitOnOneLine("Bureau de l’Information et de la Presse du Ministère", 100f);
        assertThat(cut).endsWith("\u2026");
        assertThat(face.width(cut, SIZE)).isLessThanOrEqualTo(100f);
        assertThat(breaker.fitOnOneLine("court", 100f)).isEqualTo("court");
    }
}
