package org.pressdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.TestPostgres;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.ManualScheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The editor on the shared server while the server is stopped and started again for real: the autosave (kept on
 * the server) fails, the typed text stays in the editor and the message says so; once the server is back the
 * editor autosaves it by itself, and an explicit save works with the same services.
 */
class EditorServerOutageTest {
    private static TestPostgres server;
    @TempDir
    Path local;
    private UiTestData data;
    private ManualScheduler scheduler;
    private EditorViewModel editor;

    @BeforeAll
    static void startServer() {
        server = TestPostgres.server();
    }

    @BeforeEach
    void open() {
        data = UiTestData.onServer(local);
        scheduler = new ManualScheduler();
        editor = new EditorViewModel(data.editorServices(), data.editor, data.messages, TaskRunner.sameThread(),
                TaskRunner.sameThread(), scheduler);
        editor.start();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void textTypedDuringAnOutageIsKeptAndAutosavedWhenTheServerIsBack() {
        editor.title().set("Audience au siège");
        editor.body().set("Le Ministre a reçu ce matin…");
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(data.services.autosaves().pending(data.editor)).hasSize(1);

        server.stopForAWhile();
        try {
            editor.body().set("Le Ministre a reçu ce matin, pendant la coupure, les ambassadeurs.");
            scheduler.advance(Duration.ofSeconds(3));
            assertThat(editor.message().get()).contains("perdue").contains("Votre texte est conservé");
            assertThat(editor.body().get()).isEqualTo("Le Ministre a reçu ce matin, pendant la coupure, "
                    + "les ambassadeurs.");
            assertThat(editor.dirty().get()).isTrue();
        } finally {
            server.startAgain();
        }
        // no keystroke since: the editor tries again on its own
        scheduler.advance(Duration.ofSeconds(3));
        if (!editor.message().get().startsWith("Connexion au serveur rétablie")) {
            scheduler.advance(Duration.ofSeconds(3)); // the first try met a connection the restart had cut
        }
        assertThat(editor.message().get()).startsWith("Connexion au serveur rétablie");
        assertThat(data.services.autosaves().pending(data.editor)).singleElement()
                .satisfies(d -> assertThat(d.content().body()).contains("pendant la coupure"));

        editor.save();
        assertThat(editor.stored().get().revision()).isEqualTo(1);
        assertThat(editor.dirty().get()).isFalse();
        assertThat(data.services.autosaves().pending(data.editor)).isEmpty();
    }
}
