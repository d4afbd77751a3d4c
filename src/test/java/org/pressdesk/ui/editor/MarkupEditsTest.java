package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupEditsTest {

    @Test
    void boldWrapsTheSelectionAndKeepsItSelected() {
        MarkupEdits.Edit edit = MarkupEdits.bold("Le Ministre a reçu", 3, 11);
        assertThat(edit.text()).isEqualTo("Le **Ministre** a reçu");
        assertThat(edit.text().substring(edit.selectionStart(), edit.selectionEnd())).isEqualTo("Ministre");
    }

    @Test
    void boldTwiceGivesTheTextBack() {
        MarkupEdits.Edit once = MarkupEdits.bold("Le Ministre", 3, 11);
        MarkupEdits.Edit twice = MarkupEdits.bold(once.text(), once.selectionStart(), once.selectionEnd());
        assertThat(twice.text()).isEqualTo("Le Ministre");
    }

    @Test
    void italicInsideBoldAddsItsOwnMark() {
        MarkupEdits.Edit edit = MarkupEdits.italic("**Ministre**", 2, 10);
        assertThat(edit.text()).isEqualTo("***Ministre***");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BULLET|un\\ndeux|- un\\n- deux",
        "NUMBERED|un\\ndeux|1. un\\n2. deux",
        "QUOTE|un\\ndeux|> un\\n> deux",
        "BULLET|- un\\n- deux|un\\ndeux"})
    void listAndQuoteMarksToggleOnEverySelectedLine(MarkupEdits.LineKind kind, String before, String after) {
        String text = "Intro\n" + before.replace("\\n", "\n") + "\nFin";
        int start = text.indexOf(before.replace("\\n", "\n").substring(0, 2));
        int end = start + before.replace("\\n", "\n").length();
        assertThat(MarkupEdits.lines(text, start, end, kind).text())
                .isEqualTo("Intro\n" + after.replace("\\n", "\n") + "\nFin");
    }

    @Test
    void plainTextIsEscapedSoThatItPrintsAsBefore() {
        assertThat(EditorMarkup.fromPlain("- pas une liste\n1. ni un numéro\n*étoiles* et _traits_"))
                .isEqualTo("\\- pas une liste\n1\\. ni un numéro\n\\*étoiles\\* et \\_traits\\_");
    }
}
