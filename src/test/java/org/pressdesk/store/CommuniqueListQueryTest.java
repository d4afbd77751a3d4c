package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.TestOffice;

/** The communiqué list as the window and the command line ask for it, over one office's five texts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuniqueListQueryTest {
    private static final String[] TITLES = {
        "Cérémonie de remise des lettres de créance",
        "Audience accordée à l’Ambassadeur du Japon",
        "Exposition des Œuvres d’art du Sahel",
        "Note d’information : accréditation 100% presse",
        "Déclaration à l’issue du Conseil des ministres",
    };

    private TestOffice office;
    private CommuniqueService communiques;
    private CommuniqueRepository rows;
    private Communique[] created;

    @BeforeAll
    void writeFiveCommuniquesOneMinuteApart(@TempDir Path tempDir) {
        office = TestOffice.open(tempDir);
        communiques = office.services().communiques();
        rows = new CommuniqueRepository(office.services().database());
        created = new Communique[TITLES.length];
        for (int i = 0; i < TITLES.length; i++) {
            office.clock().advance(Duration.ofMinutes(1));
            created[i] = communiques.create(office.admin(), office.content(TITLES[i], "Corps " + i));
        }
    }

    @AfterAll
    void close() {
        office.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ceremonie            | 0",
        "CÉRÉMONIE            | 0",
        "créance cérémonie    | 0",
        "oeuvres              | 2",
        "œuvres sahel         | 2",
        "l'ambassadeur japon  | 1",
        "100%                 | 3",
        "%                    | 3",
        "bip/maeci conseil    | 4",
        "bamako declaration   | 4",
    })
    void theFilterMatchesEveryWordIgnoringCaseAndAccents(String filter, int expected) {
        assertThat(communiques.list(new ListQuery(filter, 0, 50)))
                .extracting(CommuniqueSummary::title).containsExactly(TITLES[expected]);
        assertThat(communiques.count(filter)).isEqualTo(1);
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @CsvSource({"cérémonie japon", "_", "kayes", "100_"})
    void aFilterWithAWordFoundNowhereFindsNothing(String filter) {
        assertThat(communiques.list(new ListQuery(filter, 0, 50))).isEmpty();
        assertThat(communiques.count(filter)).isZero();
    }

    @Test
    void anEmptyFilterListsEverythingNewestChangeFirst() {
        assertThat(communiques.list(ListQuery.all())).extracting(CommuniqueSummary::title)
                .containsExactly(TITLES[4], TITLES[3], TITLES[2], TITLES[1], TITLES[0]);
        assertThat(communiques.count("  ")).isEqualTo(5);
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrOverlap() {
        List<CommuniqueSummary> first = communiques.list(new ListQuery("", 0, 2));
        List<CommuniqueSummary> second = communiques.list(new ListQuery("", 2, 2));
        List<CommuniqueSummary> third = communiques.list(new ListQuery("", 4, 2));
        List<CommuniqueSummary> beyond = communiques.list(new ListQuery("", 6, 2));

        assertThat(first).extracting(CommuniqueSummary::id).containsExactly(created[4].id(), created[3].id());
        assertThat(second).extracting(CommuniqueSummary::id).containsExactly(created[2].id(), created[1].id());
        assertThat(third).extracting(CommuniqueSummary::id).containsExactly(created[0].id());
        assertThat(beyond).isEmpty();
    }

    @Test
    void aSummaryCarriesTheListColumnsAndNoBody() {
        CommuniqueSummary row = communiques.list(new ListQuery("japon", 0, 1)).get(0);

        assertThat(row.id()).isEqualTo(created[1].id());
        assertThat(row.uuid()).isEqualTo(created[1].uuid());
        assertThat(row.officeCode()).isEqualTo(TestOffice.OFFICE_CODE);
        assertThat(row.place()).isEqualTo("Bamako");
        assertThat(row.eventDate()).isEqualTo(created[1].content().eventDate());
        assertThat(row.updatedAt()).isEqualTo(created[1].updated().at());
        assertThat(row.version()).isEqualTo(created[1].version());
        assertThat(Arrays.stream(CommuniqueSummary.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("body", "content");
    }

    @Test
    void aStaleVersionUpdatesNothing() {
        Communique before = communiques.get(created[0].id());
        CommuniqueContent other = office.content("Titre qui ne doit pas arriver", "Corps qui ne doit pas arriver");
        int revisionsBefore = office.rows(Tables.REVISION);

        boolean written = rows.updateContent(before.id(), before.version() - 1, other, TestOffice.OFFICE_CODE,
                before.revision() + 1, before.currentRevisionId(), office.admin().id(), office.clock().instant());

        assertThat(written).isFalse();
        assertThat(communiques.get(before.id())).isEqualTo(before);
        assertThat(office.rows(Tables.REVISION)).isEqualTo(revisionsBefore);
        assertThat(ContentHash.of(communiques.get(before.id()).content(), TestOffice.OFFICE_CODE))
                .isEqualTo(ContentHash.of(before.content(), TestOffice.OFFICE_CODE));
        assertThat(rows.findByUuid(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theStreamedFullListHasTheSummariesOrderAndTheBodies() {
        List<Communique> streamed = new java.util.ArrayList<>();

        communiques.eachInFull("", streamed::add);

        assertThat(streamed).extracting(Communique::title).containsExactlyElementsOf(
                communiques.list(new ListQuery("", 0, 50)).stream().map(CommuniqueSummary::title).toList());
        assertThat(streamed).extracting(c -> c.content().body())
                .containsExactly("Corps 4", "Corps 3", "Corps 2", "Corps 1", "Corps 0");
        List<Communique> filtered = new java.util.ArrayList<>();
        communiques.eachInFull("oeuvres", filtered::add);
        assertThat(filtered).extracting(Communique::id).containsExactly(created[2].id());
    }
}
