package org.pressdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.ConflictException;
import org.pressdesk.domain.TagLink;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.TestOffice;

/** The editor's save as one use case: the revision, the end of its autosave and its suggested tags together. */
class EditorSaveTransactionTest {
    private static final String BODY = "Le Ministre des Affaires étrangères a reçu à Bamako l’Ambassadeur du Japon.";

    @TempDir
    Path tempDir;

    private TestOffice office;
    private CommuniqueService communiques;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        communiques = office.services().communiques();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aFirstSaveCreatesTheCommuniqueDiscardsItsAutosaveAndRecordsItsSuggestedTags() {
        UUID draft = UUID.randomUUID();
        office.services().autosaves().store(office.admin(), draft, null, null, office.content("Audience", BODY));

        Communique saved = communiques.save(office.admin(), null, 0, office.content("Audience", BODY), draft);

        assertThat(saved.revision()).isEqualTo(1);
        assertThat(office.rows(Tables.AUTOSAVE)).isZero();
        assertThat(communiques.tags(saved.id())).filteredOn(link -> !link.confirmed()).extracting(TagLink::name)
                .isNotEmpty();
    }

    @Test
    void aRefusedSaveKeepsTheAutosaveBecauseBothShareOneTransaction() {
        Communique created = communiques.create(office.admin(), office.content("Audience", "v1"));
        communiques.save(office.admin(), created.id(), created.version(), office.content("Audience", "v2"));
        UUID draft = UUID.randomUUID();
        office.services().autosaves().store(office.admin(), draft, created.id(), created.version(),
                office.content("Audience", "v1 modifié"));

        assertThatThrownBy(() -> communiques.save(office.admin(), created.id(), created.version(),
                office.content("Audience", "v1 modifié"), draft)).isInstanceOf(ConflictException.class);

        assertThat(office.rows(Tables.AUTOSAVE)).isEqualTo(1);
    }
}
