package org.pressdesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.domain.WordDiff.Kind;
import org.pressdesk.domain.WordDiff.Segment;

class SideBySideTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("Le Ministre a reçu l’Ambassadeur du Japon.",
                        "Le Ministre a reçu l’Ambassadeur de Chine hier."),
                Arguments.of("", "Un texte nouveau."),
                Arguments.of("Un texte effacé.", ""),
                Arguments.of("Deux lignes\nici.", "Deux lignes\n\nlà-bas, enfin."));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void eachSideRebuildsItsOwnTextExactly(String left, String right) {
        SideBySide sides = SideBySide.of(left, right);

        assertThat(SideBySide.text(sides.left())).isEqualTo(left);
        assertThat(SideBySide.text(sides.right())).isEqualTo(right);
    }

    @Test
    void theLeftMarksOnlyItsOwnWordsAndTheRightOnlyItsOwn() {
        SideBySide sides = SideBySide.of("Version du terrain, lundi.", "Version du siège, lundi.");

        assertThat(sides.left()).extracting(Segment::kind).doesNotContain(Kind.ADDED).contains(Kind.REMOVED);
        assertThat(sides.right()).extracting(Segment::kind).doesNotContain(Kind.REMOVED).contains(Kind.ADDED);
        assertThat(sides.left()).filteredOn(s -> s.kind() == Kind.REMOVED).extracting(Segment::text)
                .containsExactly("terrain");
        assertThat(sides.right()).filteredOn(s -> s.kind() == Kind.ADDED).extracting(Segment::text)
                .containsExactly("siège");
        assertThat(sides.wordsOnlyLeft()).isEqualTo(1);
        assertThat(sides.wordsOnlyRight()).isEqualTo(1);
        assertThat(sides.same()).isFalse();
    }

    @Test
    void wordsAddedOnOneSideOnlyCountOnThatSide() {
        SideBySide sides = SideBySide.of("Le Président arrive.", "Le Président de la République arrive demain.");

        assertThat(sides.wordsOnlyLeft()).isZero();
        assertThat(sides.wordsOnlyRight()).isEqualTo(4);
        assertThat(sides.left()).extracting(Segment::kind).containsOnly(Kind.EQUAL);
    }

    @Test
    void identicalTextsHaveNothingMarked() {
        SideBySide sides = SideBySide.of("Même texte.", "Même texte.");

        assertThat(sides.same()).isTrue();
        assertThat(sides.left()).extracting(Segment::kind).containsOnly(Kind.EQUAL);
    }
}
