package org.pressdesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Status;
import org.pressdesk.exchange.ImportResult;
import org.pressdesk.exchange.InstallationService;
import org.pressdesk.ui.task.TaskRunner;

/** The Échanges window's view model on two real installations, without a toolkit. */
class ExchangeViewModelTest {
    @TempDir
    Path temp;

    private Side hq;
    private Side field;
    private final AtomicInteger listReloads = new AtomicInteger();

    @BeforeEach
    void open() {
        hq = new Side(temp, "siege", true);
        field = new Side(temp, "kayes", false);
    }

    @AfterEach
    void close() {
        hq.close();
        field.close();
    }

    private ExchangeViewModel model(Side side) {
        var s = side.services;
        return new ExchangeViewModel(new ExchangeViewModel.Services(s.installation(), s.exchangeExport(),
                s.exchangeImport(), s.conflicts()), side.admin, side.messages, TaskRunner.sameThread(),
                listReloads::incrementAndGet);
    }

    @Test
    void showsThisInstallationsNameAndTheFingerprintBothScreensCompare() {
        ExchangeViewModel model = model(hq);

        model.load();

        assertThat(model.hasIdentity().get()).isTrue();
        assertThat(model.identityName().get()).isEqualTo("siege");
        assertThat(model.fingerprint().get()).isEqualTo(InstallationService.readable(
                hq.services.installation().requireIdentity().fingerprint()));
    }

    @Test
    void aPeerIsAddedFromItsCertificateFileAfterItsFingerprintIsShown() throws Exception {
        ExchangeViewModel model = model(hq);
        model.load();
        Path certificate = temp.resolve("kayes.pem");
        model(field).exportCertificate(certificate);
        AtomicReference<InstallationService.Candidate> shown = new AtomicReference<>();

        model.inspectPeer(certificate, shown::set);
        assertThat(hq.services.installation().peers()).isEmpty();
        model.addPeer(certificate, "Kayes");

        assertThat(shown.get().displayName()).isEqualTo("kayes");
        assertThat(shown.get().fingerprint())
                .isEqualTo(field.services.installation().requireIdentity().fingerprint());
        assertThat(model.peers()).singleElement().satisfies(row -> {
            assertThat(row.peer().name()).isEqualTo("Kayes");
            assertThat(model.waiting(row)).startsWith("0 communiqué");
        });
        assertThat(model.message().get()).contains("Kayes");
    }

    @Test
    void aReceivedFileIsPreviewedWithoutChangingAnythingThenApplied() throws Exception {
        hq.trust(field);
        field.trust(hq);
        field.write("Visite du ministre à Kayes", "Le ministre visitera Kayes lundi.");
        ExchangeViewModel sender = model(field);
        sender.load();
        sender.selected().set(sender.peers().get(0));
        assertThat(sender.waiting(sender.peers().get(0))).startsWith("1 communiqué");
        Path file = temp.resolve("envoi.pdx");

        sender.send(file, Side.KEY.toCharArray());
        ExchangeViewModel receiver = model(hq);
        receiver.receive(file);

        assertThat(Files.size(file)).isPositive();
        ImportResult preview = receiver.preview().get();
        assertThat(preview.applied()).isFalse();
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.title()).isEqualTo("Visite du ministre à Kayes");
            assertThat(receiver.statusName(change.before())).isEqualTo("nouveau");
        });
        assertThat(hq.services.communiques().count("")).isZero();

        receiver.apply();

        assertThat(receiver.preview().get()).isNull();
        assertThat(hq.services.communiques().count("")).isEqualTo(1);
        assertThat(receiver.message().get()).contains("kayes", "importé", "1 nouveau(x) communiqué(s)");
        assertThat(listReloads).hasValue(1);
    }

    @Test
    void aTamperedFileIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        hq.trust(field);
        field.trust(hq);
        field.write("Communiqué", "Texte.");
        Path file = field.sendTo(hq, temp);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        ExchangeViewModel receiver = model(hq);

        receiver.receive(file);

        assertThat(receiver.preview().get()).isNull();
        assertThat(receiver.message().get()).contains("rien n’a été importé");
        assertThat(receiver.busy().get()).isFalse();
        assertThat(hq.services.communiques().count("")).isZero();
    }

    @Test
    void aWrongPasswordWritesNoFileAndSaysSo() {
        hq.trust(field);
        ExchangeViewModel model = model(hq);
        model.load();
        model.selected().set(model.peers().get(0));
        char[] typed = "pas-la-bonne-cle".toCharArray();

        model.send(temp.resolve("envoi.pdx"), typed);

        assertThat(temp.resolve("envoi.pdx")).doesNotExist();
        assertThat(model.message().get()).contains("mot de passe");
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void aRenamedThenRevokedPeerShowsItAndGetsNothing() {
        hq.trust(field);
        ExchangeViewModel model = model(hq);
        model.load();
        model.selected().set(model.peers().get(0));

        model.renamePeer("Bureau de Kayes");
        model.revokePeer();

        assertThat(model.peers()).singleElement().satisfies(row -> {
            assertThat(row.peer().name()).isEqualTo("Bureau de Kayes");
            assertThat(row.peer().revoked()).isTrue();
            assertThat(model.waiting(row)).startsWith("révoqué");
        });
        assertThat(model.selected().get().peer().name()).isEqualTo("Bureau de Kayes");
    }

    @Test
    void openConflictsAreListed() {
        hq.trust(field);
        field.trust(hq);
        Side.conflictBetween(hq, field, temp);
        ExchangeViewModel model = model(hq);

        model.load();

        assertThat(model.conflicts()).singleElement()
                .satisfies(open -> assertThat(open.communique().status()).isEqualTo(Status.DRAFT));
    }
}
