package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.testing.TestPostgres;
import org.pressdesk.ui.UiTestData;

/**
 * A desktop's services on a real PostgreSQL server that is stopped and started again (pg_ctl) mid-session: the same
 * services, never rebuilt, go on saving; what the outage interrupted is cancelled whole, said plainly, and nothing is
 * half-written.
 */
class ServerRestartTest {
    private static TestPostgres server;
    @TempDir
    Path local;
    private UiTestData data;

    @BeforeAll
    static void startServer() {
        server = TestPostgres.server();
    }

    @BeforeEach
    void connect() {
        data = UiTestData.onServer(local);
    }

    @AfterEach
    void close() {
        data.close();
    }

    private CommuniqueContent content(String body) {
        return new CommuniqueContent("Audience au siège", body, Genre.PRESS_RELEASE, data.office.id(), "Bamako",
                java.time.LocalDate.of(2026, 12, 3), "fr");
    }

    @Test
    void theSameServicesSaveAgainAfterTheServerRestarted() {
        Communique first = data.services.communiques().create(data.editor, content("Premier texte."));

        server.stopForAWhile();
        server.startAgain();

        Communique second = onceTheServerAnswers(() -> data.services.communiques().save(data.editor, first.id(),
                first.version(), content("Texte repris après le redémarrage du serveur.")));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(data.services.communiques().get(first.id()).content().body())
                .isEqualTo("Texte repris après le redémarrage du serveur.");
        assertThat(data.services.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void aSaveWhileTheServerIsDownIsRefusedWholeAndSaidPlainly() {
        Communique first = data.services.communiques().create(data.editor, content("Premier texte."));
        server.stopForAWhile();
        try {
            assertThat(data.services.serverAnswers()).isFalse();
            assertThatThrownBy(() -> data.services.communiques().save(data.editor, first.id(), first.version(),
                    content("Écrit pendant la coupure.")))
                    .isInstanceOfSatisfying(PressDeskException.class, e -> assertThat(e.messageKey())
                            .isIn("server.connectionLost", "server.unreachable"));
        } finally {
            server.startAgain();
        }
        assertThat(data.services.serverAnswers()).isTrue();
        Communique stored = onceTheServerAnswers(() -> data.services.communiques().get(first.id()));
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.content().body()).isEqualTo("Premier texte.");
        assertThat(data.services.communiques().save(data.editor, first.id(), first.version(),
                content("Écrit pendant la coupure.")).revision()).isEqualTo(2);
        assertThat(data.services.auditVerifier().verify().intact()).isTrue();
    }

    /** What a person does after the server came back: one more try when the first one met a dead connection. */
    private static <T> T onceTheServerAnswers(Supplier<T> work) {
        try {
            return work.get();
        } catch (PressDeskException e) {
            assertThat(e.messageKey()).isEqualTo("server.connectionLost");
            return work.get();
        }
    }
}
