package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;

/**
 * Search that forgives (issue 17), on a real database and index: partial matches ranked by the number of words
 * they match and marked, one typo in a long word, and word families, with exact matches still first.
 */
class ForgivingSearchTest {
    @TempDir
    static Path directory;
    private static ArchiveFixture fixture;
    private static SearchService search;
    private static Communique japan;
    private static Communique ambassador;
    private static Communique malians;
    private static Communique mali;

    @BeforeAll
    static void fill() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        search = fixture.services.search();
        japan = create("Audience", "Le Ministre a reçu le Chargé d’affaires de l’Ambassade du Japon à Bamako.");
        ambassador = create("Lettres de créance", "L’Ambassadeur de Turquie a présenté ses lettres de créance.");
        malians = create("Diaspora", "Les Maliens établis à l’extérieur ont été reçus par le Ministre.");
        mali = create("Coopération", "Le Mali et le Niger ont signé un accord de coopération.");
    }

    private static Communique create(String title, String body) {
        return fixture.services.communiques().create(fixture.admin, new CommuniqueContent(title, body,
                Genre.PRESS_RELEASE, fixture.ministry.id(), "Bamako", LocalDate.of(2026, 1, 15), "fr"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<SearchHit> hits(String text) {
        return search.search(SearchQuery.of(text)).hits();
    }

    @Test
    void aWordFindsItsFamilyButTheWordItselfRanksFirst() {
        assertThat(hits("ambassadeur japon")).extracting(SearchHit::id).containsExactly(japan.id());
        assertThat(hits("ambassadeur japon").get(0).partial()).isFalse();
        assertThat(hits("ambassadeur")).extracting(SearchHit::id).containsExactly(ambassador.id(), japan.id());
        assertThat(hits("malien")).extracting(SearchHit::id).containsExactly(malians.id(), mali.id());
        assertThat(hits("Mali")).extracting(SearchHit::id).first().isEqualTo(mali.id());
    }

    @Test
    void oneTypoInALongWordIsForgivenNotInAShortOne() {
        assertThat(hits("cooperatoin")).extracting(SearchHit::id).containsExactly(mali.id());
        assertThat(hits("Turqie")).extracting(SearchHit::id).containsExactly(ambassador.id());
        assertThat(hits("Nigr")).isEmpty();
    }

    @Test
    void whenNoCommuniqueHasEveryWordTheBestPartialMatchesComeMarked() {
        SearchResults results = search.search(SearchQuery.of("accord Niger Turquie dromadaire"));
        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(mali.id(), ambassador.id());
        SearchHit best = results.hits().get(0);
        assertThat(best.partial()).isTrue();
        assertThat(best.matchedWords()).isEqualTo(2);
        assertThat(best.queryWords()).isEqualTo(4);
        assertThat(results.hits().get(1).matchedWords()).isEqualTo(1);
        assertThat(hits("dromadaire chameau")).isEmpty();
    }

    /**
     * A pasted page of words the index does not hold, each close to several it does: the typo clauses of 600 words
     * must not exceed Lucene's clause limit once expanded (issue 10 found a 600-word search failing on it).
     */
    @Test
    void aLongQueryOfNearMissesStaysUnderTheClauseLimit() {
        StringBuilder held = new StringBuilder();
        StringBuilder typed = new StringBuilder("motaaxa ");
        for (int i = 0; i < 600; i++) {
            String stem = "mot" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "x";
            for (char last = 'a'; last <= 'j'; last++) {
                held.append(stem).append(last).append(' ');
            }
            typed.append(stem).append("z ");
        }
        Communique vocabulary = create("Vocabulaire", held.toString().strip());

        List<SearchHit> found = search.search(SearchQuery.of(typed.toString().strip())).hits();
        assertThat(found).extracting(SearchHit::id).containsExactly(vocabulary.id());
        assertThat(found.get(0).partial()).isTrue();
    }
}
