package org.pressdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.TestOffice;

class AutosaveServiceTest {
    @TempDir
    Path tempDir;

    private TestOffice office;
    private AutosaveService autosaves;

    @BeforeEach
    void open() {
        office = TestOffice.open(tempDir);
        autosaves = office.services().autosaves();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void aStoredDraftIsPendingWithTheTimeItWasKept() {
        UUID draft = UUID.randomUUID();

        AutosavedDraft kept = autosaves.store(office.admin(), draft, null, null, office.content("Titre", "début"));

        assertThat(kept.savedAt()).isEqualTo(office.clock().instant());
        assertThat(autosaves.pending(office.admin())).containsExactly(kept);
    }

    @Test
    void eachPauseReplacesTheDraftInsteadOfAddingOne() {
        Communique communique = office.services().communiques().create(office.admin(), office.content("T", "v1"));
        UUID draft = UUID.randomUUID();
        autosaves.store(office.admin(), draft, communique.id(), communique.version(), office.content("T", "v1 +"));
        office.clock().advance(Duration.ofSeconds(4));

        AutosavedDraft latest = autosaves.store(office.admin(), draft, communique.id(), communique.version(),
                office.content("T", "v1 + encore"));

        assertThat(autosaves.pending(office.admin())).containsExactly(latest);
        assertThat(latest.communiqueId()).isEqualTo(communique.id());
        assertThat(latest.baseVersion()).isEqualTo(communique.version());
        assertThat(office.rows(Tables.AUTOSAVE)).isEqualTo(1);
        assertThat(office.rows(Tables.REVISION)).as("an autosave is not a revision").isEqualTo(1);
    }

    @Test
    void aDiscardedDraftIsNoLongerPending() {
        UUID kept = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        autosaves.store(office.admin(), kept, null, null, office.content("Gardé", "…"));
        autosaves.store(office.admin(), dropped, null, null, office.content("Abandonné", "…"));

        autosaves.discard(dropped);

        assertThat(autosaves.pending(office.admin())).extracting(AutosavedDraft::draftUuid).containsExactly(kept);
    }

    @Test
    void eachUserSeesOnlyTheirOwnDraftsOldestFirst() {
        UserAccount editor = office.addAccount("redaction", Role.EDITOR);
        autosaves.store(office.admin(), UUID.randomUUID(), null, null, office.content("De l’admin", "…"));
        office.clock().advance(Duration.ofSeconds(1));
        AutosavedDraft older = autosaves.store(editor, UUID.randomUUID(), null, null, office.content("Un", "…"));
        office.clock().advance(Duration.ofSeconds(1));
        AutosavedDraft newer = autosaves.store(editor, UUID.randomUUID(), null, null, office.content("Deux", "…"));

        assertThat(autosaves.pending(editor)).containsExactly(older, newer);
        assertThat(autosaves.pending(office.admin())).extracting(d -> d.content().title())
                .containsExactly("De l’admin");
    }
}
