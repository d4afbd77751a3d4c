package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.SearchableCommunique;
import org.pressdesk.domain.Status;

/**
 * Snippets read from the offsets stored in the index are the very snippets Lucene's highlighter made by analysing
 * each body again, for words, their families, typos, words being typed, partial matches and phrases; and where the
 * stored offsets serve, no body is analysed at all.
 */
class StoredOffsetsSnippetsTest {
    private static final String LONG_BODY = "Le Ministre des Affaires étrangères a reçu ce mardi l’Ambassadeur "
            + "du Japon, venu lui présenter les priorités de la coopération agricole entre les deux pays. Les ambassadeurs de la "
            + "région ont salué l’initiative. Plus loin dans l’entretien, il a été question de l’agriculture "
            + "irriguée, des énergies renouvelables et de la coopération sanitaire ; l’Ambassade du Japon financera "
            + "trois centres de santé. Les Maliens établis au Japon ont été associés à la rencontre, et la "
            + "délégation japonaise a visité la zone agricole de l’Office du Niger avant de regagner Bamako.";
    private static SearchIndex index;
    private static QueryBuilder queries;

    @BeforeAll
    static void fill() throws IOException {
        index = SearchIndex.inMemory();
        queries = new QueryBuilder(index.analyzer());
        List<String> bodies = List.of(LONG_BODY,
                "L’Ambassade du Japon a remis un don de matériel agricole. L’ambassadrice a salué les agriculteurs.",
                "Le Mali et le Niger ont signé un accord de coopération sanitaire. Les Maliennes et les Maliens de "
                        + "l’extérieur sont invités aux énergies renouvelables.",
                "Lettres de créance : l’Ambassadeur de Turquie a présenté ses lettres de créance au Président.",
                "Cérémonie des œuvres : la ministre a inauguré l’exposition des oeuvres d’art ; été culturel.",
                "Un texte sans rapport avec la question posée, pour que la recherche ne trouve pas tout.");
        index.write(writer -> {
            for (int i = 0; i < bodies.size(); i++) {
                writer.addDocument(Fields.document(new SearchableCommunique(i + 1, "Communiqué " + (i + 1),
                        bodies.get(i), Status.PUBLISHED, Genre.PRESS_RELEASE, "BIP/MAECI", LocalDate.of(2026, 1, 15),
                        List.of(), Instant.parse("2026-01-15T10:00:00Z"), 1)));
            }
        }, 1);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ambassadeur japon", "ambassadeur", "malien", "Mali", "cooperatoin", "Turqie",
        "agriculture", "ministre", "oeuvres ete", "ceremonie ambassadeurs", "cooperation sanitaire",
        "accord Niger Turquie dromadaire", "energies renouvelables", "ambassad", "agri", "japonais",
        "\"lettres de créance\"", "\"cooperation agricole\" japon", "ambasadeur japon", "sanitaire agricole"})
    void snippetsFromStoredOffsetsAreThoseOfAnalysis(String text) throws IOException {
        int found = 0;
        for (SearchQuery search : List.of(SearchQuery.of(text), SearchQuery.of(text).typing())) {
            List<String> stored = snippets(search, new Snippets(index.analyzer()));
            assertThat(stored).isEqualTo(snippets(search, Snippets.analysing(index.analyzer())));
            found += stored.size();
        }
        assertThat(found).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ambassadeur japon", "malien", "japonais", "agri", "accord Niger Turquie dromadaire"})
    void wordFamiliesTyposAndStartsAreHighlightedWithoutAnalysingTheBodies(String text) throws IOException {
        List<String> stored = snippets(SearchQuery.of(text).typing(), new Snippets(new RefusingAnalyzer()));
        assertThat(stored).isEqualTo(snippets(SearchQuery.of(text).typing(), Snippets.analysing(index.analyzer())));
        assertThat(String.join(" ", stored)).contains("[");
    }

    /** The marked snippets of the best matches, partial ones when no communiqué has every word (as the service). */
    private static List<String> snippets(SearchQuery search, Snippets snippets) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            Query query = queries.build(search, searcher.getIndexReader());
            TopDocs top = searcher.search(query, 20);
            if (top.totalHits.value == 0) {
                query = queries.buildPartial(search, searcher.getIndexReader());
                if (query == null) {
                    return List.of();
                }
                top = searcher.search(query, 20);
            }
            return snippets.of(searcher, query, top, SnippetComparison.bodies(searcher, top)).stream()
                    .map(s -> s.marked("[", "]")).toList();
        } finally {
            index.release(searcher);
        }
    }

    /** An analyser that fails: a highlighter that analyses a body again is caught. */
    private static final class RefusingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            throw new AssertionError("the highlighter analysed " + fieldName + " again");
        }
    }
}
