package org.pressdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.testing.ChildJvm;
import org.pressdesk.testing.TestOffice;

/** A real crash: another process autosaves, then dies on the spot; the next start finds the text. */
class CrashRecoveryTest {
    @TempDir
    Path tempDir;

    @Test
    void anAutosaveSurvivesTheProcessDyingRightAfterIt() throws Exception {
        TestOffice office = TestOffice.open(tempDir);
        office.close();
        UUID draft = UUID.randomUUID();

        int exit;
        try (ChildJvm editor = ChildJvm.start(AutosaveThenCrash.class, office.dataDirectory().toString(),
                draft.toString())) {
            editor.awaitLine("autosaved", Duration.ofSeconds(30));
            exit = editor.awaitExit(Duration.ofSeconds(30));
        }
        assertThat(exit).isEqualTo(137);

        try (AppServices restarted = office.reopen()) {
            assertThat(restarted.autosaves().pending(office.admin()))
                    .singleElement()
                    .satisfies(recovered -> {
                        assertThat(recovered.draftUuid()).isEqualTo(draft);
                        assertThat(recovered.content().title()).isEqualTo("Audience du Ministre");
                        assertThat(recovered.content().body()).isEqualTo(AutosaveThenCrash.TEXT);
                        assertThat(recovered.communiqueId()).isNull();
                    })
                    .extracting(AutosavedDraft::content)
                    .satisfies(content -> assertThat(content.officeId()).isEqualTo(office.office().id()));
        }
    }
}
