package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French date expressions, as a table: the text, the years of the neighbouring items, the date found, the warning. */
class EventDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Le Ministre a reçu ce mardi 3 février 2026 l’Ambassadeur.      | -         | 2026-02-03 | -
            Le Président a reçu le vendredi 06 mars les Ambassadeurs.      | 2026      | 2026-03-06 | -
            Communiqué du 12 novembre 2025                                 | -         | 2025-11-12 | -
            La campagne débutera le 1er avril.                             | 2025      | 2025-04-01 | -
            La campagne débutera le premier avril.                         | 2025      | 2025-04-01 | -
            Une visite du 3 au 5 mars 2026 à Addis-Abeba.                  | -         | 2026-03-03 | -
            Un séjour du 30 décembre au 2 janvier 2026.                    | -         | 2025-12-30 | -
            Un séjour du 30 janvier au 2 février 2026.                     | -         | 2026-01-30 | -
            Bamako, le 18 DÉCEMBRE 2025 – Le Conseil s’est réuni.          | -         | 2025-12-18 | -
            Le Conseil s’est réuni le 14 fevrier 2024.                     | -         | 2024-02-14 | -
            Réunion du 07/10/2025 au ministère.                            | -         | 2025-10-07 | -
            Le 2 mars 2026, puis ce jeudi 12 mars 2026, le Ministre a reçu. | -        | 2026-03-12 | -
            Lancé le 8 janvier, le programme court jusqu’en 2026.          | -         | 2026-01-08 | -
            Le Ministre a reçu le vendredi 6 mars. | 2025 | 2026-03-06 | archive.warning.yearFromWeekday
            Le Ministre a reçu le jeudi 6 mars.                            | 2026;2025 | 2025-03-06 | -
            Les équipes ont été déployées le 1er avril. | - | 2030-04-01 | archive.warning.yearGuessed
            Le Ministre a reçu le lundi 6 mars 2026 une délégation. | - | 2026-03-06 | archive.warning.weekdayMismatch
            Le Conseil se réunira le 30 février 2026. | - | - | archive.warning.impossibleDate
            Le Ministre a reçu une délégation de la CEDEAO. | - | - | archive.warning.noDate
            """)
    void findsTheEventDate(String text, String neighbours, String expected, String warning) {
        List<Integer> years = neighbours == null ? List.of()
                : Arrays.stream(neighbours.split(";")).map(Integer::valueOf).toList();
        EventDate.Finding finding = EventDate.resolve(text, years, 2030);
        assertThat(finding.date()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
        assertThat(finding.notices()).extracting(Notice::key)
                .containsExactlyElementsOf(warning == null ? List.of() : List.of(warning));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            le vendredi 6 mars, un jour de 2026                  | 2026-03-06
            Le Ministre a reçu le jeudi 6 mars (voir 2026, 2025) | 2025-03-06
            Le Ministre a reçu le mardi 6 mars (voir 2025, 2026) | 2025-03-06
            """)
    void aYearNamedNearbyWinsAndTheWeekdayPicksAmongSeveral(String text, String expected) {
        // 6 March is a Friday in 2026 and a Thursday in 2025: the weekday picks; when it fits neither year, the
        // nearest year is kept and the mismatch reported.
        LocalDate found = EventDate.resolve(text, List.of(2024), 2030).date();
        assertThat(found).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Le Ministre a reçu ce soir l’Ambassadeur, en poste depuis le 12 mars 2023. | 2024-12-09 | 2024-12-09 | -
            Le Ministre a reçu hier son homologue, avant la réunion qui s’ouvrira le 5 mai. | 2024-12-17 | 2024-12-16 | -
            Le Ministre a reçu hier son homologue, avant la réunion qui s’ouvrira le 5 mai. | - | - | archive.warning.relativeDate
            Le Président a reçu ce matin un émissaire. La visite prévue le 14 octobre a été évoquée. | - | - | archive.warning.relativeDate
            Il a parlé ce lundi 24 février lors de la 58e session ; il était venu lors de la 40e session en 2019. | 2025-02-24 | 2025-02-24 | -
            Il a parlé ce lundi 24 février lors de la 58e session ; il était venu lors de la 40e session en 2019. | - | 2025-02-24 | archive.warning.yearFromWeekday
            Le Ministre a signé ce lundi 8 septembre 2025 un accord ; les travaux prévus le 15 novembre suivront. | - | 2025-09-08 | -
            """)
    void aDateTheSentencePlacesAwayFromTheEventIsNotTheEventsAndRelativeDaysNeedThePublicationDate(String text,
            String published, String expected, String warning) {
        EventDate.Finding finding = EventDate.resolve(text, FrenchDates.find(text), List.of(), 2030,
                published == null ? null : LocalDate.parse(published));
        assertThat(finding.date()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
        assertThat(finding.notices()).extracting(Notice::key)
                .containsExactlyElementsOf(warning == null ? List.of() : List.of(warning));
    }
}
