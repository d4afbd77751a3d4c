package org.pressdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.TagKind;
import org.pressdesk.store.SearchFeedRepository;
import org.pressdesk.store.TagLinkRepository;
import org.pressdesk.store.TagRepository;

/** Searching as people type: no accents, any case, elision, singular or plural; ranked, filtered, highlighted. */
class SearchServiceTest {
    @TempDir
    static Path directory;
    private static ArchiveFixture fixture;
    private static SearchService search;
    private static Communique ceremony;
    private static Communique bodyOnly;
    private static Communique health;

    @BeforeAll
    static void fill() {
        fixture = new ArchiveFixture(directory.resolve("data"));
        search = fixture.services.search();
        ceremony = create("Cérémonie de présentation des lettres de créance de l’Ambassadeur du Japon",
                "Le Président a reçu ce jeudi les lettres de créance. Les œuvres d’art offertes sont exposées.",
                fixture.ministry, LocalDate.of(2026, 1, 15), Genre.PRESS_RELEASE);
        bodyOnly = create("Audience au Palais", "La cérémonie a réuni plusieurs ambassadeurs accrédités à Bamako.",
                fixture.ministry, LocalDate.of(2025, 6, 20), Genre.AUDIENCE_REPORT);
        Office primature = fixture.services.offices().findByCode("PRIMATURE").orElseThrow();
        health = create("Campagne de vaccination", "Les équipes de santé ont été déployées cet été dans les régions.",
                primature, LocalDate.of(2025, 8, 2), Genre.STATEMENT);
        fixture.services.reviews().submit(fixture.admin, health.id());
        TagRepository tagRows = new TagRepository(fixture.services.database(),
                new TagLinkRepository(fixture.services.database()));
        tagRows.link(health.id(), tagRows.findOrCreate(TagKind.THEME, "Santé publique", java.time.Instant.now()),
                false, "vaccination", java.time.Instant.now());
    }

    private static Communique create(String title, String body, Office office, LocalDate date, Genre genre) {
        return fixture.services.communiques().create(fixture.admin,
                new CommuniqueContent(title, body, genre, office.id(), "Bamako", date, "fr"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<Long> ids(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsWithoutAccentsCaseOrElisionAndAcrossSingularAndPlural() {
        assertThat(ids(SearchQuery.of("ceremonie ambassadeurs"))).containsExactly(ceremony.id(), bodyOnly.id());
        assertThat(ids(SearchQuery.of("CÉRÉMONIE AMBASSADEUR"))).contains(ceremony.id());
        assertThat(ids(SearchQuery.of("l'ambassadeur"))).contains(ceremony.id(), bodyOnly.id());
        assertThat(ids(SearchQuery.of("oeuvres"))).containsExactly(ceremony.id());
        assertThat(ids(SearchQuery.of("ete"))).containsExactly(health.id());
        assertThat(ids(SearchQuery.of("equipe sante"))).containsExactly(health.id());
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        List<SearchHit> hits = search.search(SearchQuery.of("cérémonie")).hits();
        assertThat(hits).extracting(SearchHit::id).containsExactly(ceremony.id(), bodyOnly.id());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void snippetsHighlightTheMatchedWords() {
        SearchHit hit = search.search(SearchQuery.of("ambassadeurs accredites")).hits().get(0);
        assertThat(hit.id()).isEqualTo(bodyOnly.id());
        assertThat(hit.snippet().marked("[", "]")).contains("plusieurs [ambassadeurs] [accrédités]");
        assertThat(hit.title()).isEqualTo("Audience au Palais");
        assertThat(hit.officeCode()).isEqualTo("BIP/MAECI");
        assertThat(hit.eventDate()).isEqualTo(LocalDate.of(2025, 6, 20));
        // The start of a word still being typed is highlighted too, where the word's stem begins with it.
        SearchHit typing = search.search(SearchQuery.of("plusieurs ceremo").typing()).hits().get(0);
        assertThat(typing.snippet().marked("[", "]")).contains("La [cérémonie] a réuni [plusieurs]");
    }

    @Test
    void filtersByStatusOfficeTagGenreAndDates() {
        SearchQuery all = SearchQuery.of("");
        assertThat(ids(new SearchQuery("", Status.IN_REVIEW, null, null, null, null, null, 10, false)))
                .containsExactly(health.id());
        assertThat(ids(new SearchQuery("", null, "primature", null, null, null, null, 10, false)))
                .containsExactly(health.id());
        assertThat(ids(new SearchQuery("", null, null, "sante publique", null, null, null, 10, false)))
                .containsExactly(health.id());
        assertThat(ids(new SearchQuery("", null, null, null, Genre.AUDIENCE_REPORT, null, null, 10, false)))
                .containsExactly(bodyOnly.id());
        assertThat(ids(new SearchQuery("", null, null, null, null, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 12, 31), 10, false))).containsExactlyInAnyOrder(bodyOnly.id(), health.id());
        assertThat(ids(all)).hasSize(3);
    }

    @Test
    void asYouTypeTheLastWordMatchesTheStartOfAWord() {
        assertThat(ids(SearchQuery.of("campa"))).isEmpty();
        assertThat(ids(SearchQuery.of("campa").typing())).containsExactly(health.id());
        assertThat(ids(SearchQuery.of("lettres de cré").typing())).containsExactly(ceremony.id());
        // The stemmer writes "ambasadeur"; the start of the word as typed must still find it.
        assertThat(ids(SearchQuery.of("ceremonie ambassad").typing()))
                .containsExactlyInAnyOrder(ceremony.id(), bodyOnly.id());
        assertThat(ids(SearchQuery.of("accredit").typing())).containsExactly(bodyOnly.id());
        assertThat(ids(SearchQuery.of("\"lettres de créance\" japon"))).containsExactly(ceremony.id());
        assertThat(search.searchable("le la de (( \" ")).isFalse();
        assertThat(ids(SearchQuery.of("le la de (( \" "))).hasSize(3);
    }

    @Test
    void theIndexFollowsSavesAndStatusChanges() {
        Communique saved = fixture.services.communiques().save(fixture.admin, bodyOnly.id(), bodyOnly.version(),
                new CommuniqueContent("Audience au Palais", bodyOnly.content().body() + " Un hippopotame aussi.",
                        Genre.AUDIENCE_REPORT, fixture.ministry.id(), "Bamako", LocalDate.of(2025, 6, 20), "fr"));
        assertThat(ids(SearchQuery.of("hippopotames"))).containsExactly(bodyOnly.id());
        assertThat(search.isCurrent()).isTrue();
        fixture.services.reviews().submit(fixture.admin, saved.id());
        assertThat(ids(new SearchQuery("hippopotame", Status.IN_REVIEW, null, null, null, null, null, 5, false)))
                .containsExactly(bodyOnly.id());
        fixture.services.reviews().withdraw(fixture.admin, saved.id(), null);
    }

    @Test
    void anIndexThatMissedChangesIsRebuiltWhenChecked(@TempDir Path elsewhere) {
        // A crash after a commit and before indexing: a second index on an empty folder has missed everything.
        try (SearchService stale = SearchService.open(elsewhere.resolve("index"), Duration.ofSeconds(1),
                new SearchFeedRepository(fixture.services.database()))) {
            assertThat(stale.isCurrent()).isFalse();
            assertThat(stale.search(SearchQuery.of("vaccination")).hits()).isEmpty();
            int[] last = {0};
            assertThat(stale.check((done, total) -> last[0] = done)).isTrue();
            assertThat(last[0]).isEqualTo(3);
            assertThat(stale.isCurrent()).isTrue();
            assertThat(stale.check((done, total) -> { })).isFalse();
            assertThat(stale.search(SearchQuery.of("vaccination")).hits()).hasSize(1);
        }
    }

    @Test
    void aWriterHeldByAnotherProgramIsWaitedForThenReportedPlainly(@TempDir Path elsewhere) throws Exception {
        Path folder = elsewhere.resolve("index");
        try (SearchService index = SearchService.open(folder, Duration.ofMillis(300),
                new SearchFeedRepository(fixture.services.database()));
                FSDirectory dir = FSDirectory.open(folder);
                IndexWriter other = new IndexWriter(dir, new IndexWriterConfig())) {
            assertThatThrownBy(() -> index.reindex(List.of(ceremony.id()))).isInstanceOf(PressDeskException.class)
                    .hasMessageContaining("search.index.busy");
            other.rollback();
            index.reindex(List.of(ceremony.id()));
            assertThat(index.search(SearchQuery.of("japon")).hits()).hasSize(1);
        }
    }

    @Test
    void anIndexMadeByAnOlderVersionIsEmptiedThenRebuiltWhenChecked(@TempDir Path elsewhere) throws Exception {
        Path folder = elsewhere.resolve("index");
        SearchFeedRepository feed = new SearchFeedRepository(fixture.services.database());
        try (SearchService index = SearchService.open(folder, Duration.ofSeconds(1), feed)) {
            index.rebuild((done, total) -> { });
            assertThat(index.isCurrent()).isTrue();
        }
        // An older PressDesk committed without the layout mark (and without the words fields).
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter older = new IndexWriter(dir, new IndexWriterConfig())) {
            older.setLiveCommitData(java.util.Map.of("pressdesk.layout", "1").entrySet());
            older.commit();
        }
        try (SearchService index = SearchService.open(folder, Duration.ofSeconds(1), feed)) {
            assertThat(index.isCurrent()).isFalse();
            assertThat(index.check((done, total) -> { })).isTrue();
            assertThat(index.search(SearchQuery.of("ambassad").typing()).hits()).hasSize(2);
        }
    }
}
