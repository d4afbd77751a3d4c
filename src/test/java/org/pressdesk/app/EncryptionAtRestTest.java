package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.store.keys.KeySlots;
import org.pressdesk.store.keys.RecoveryKey;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/** A new database encrypted with a random key wrapped per account, on real H2 files. */
class EncryptionAtRestTest {
    /** A word no French dictionary holds, so that finding it anywhere means a body leaked. */
    private static final String SECRET_WORD = "Xylobarnaquetière";
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path tempDir;

    private AppServices.Created create(Path data) {
        return AppServices.createEncrypted(DataDirectory.prepare(data), settings(), "awa", "Awa Traoré",
                PASSWORD.clone());
    }

    private static AppServices.Settings settings() {
        return TestOffice.settings(new MutableClock(), new RecordingSleeper());
    }

    @Test
    void noBodyWordCanBeFoundInTheDataLogOrTemporaryFoldersOfAnEncryptedInstallation() throws IOException {
        Instant started = Instant.now().minusSeconds(1);
        Path data = tempDir.resolve("data");
        Path exports = Files.createDirectories(tempDir.resolve("exports"));
        AppServices.Created created = create(data);
        try (AppServices services = created.services()) {
            UserAccount awa = created.admin();
            Office office = services.offices().create(awa, "BIP/MAECI", "Bureau", Office.Letterhead.empty(),
                    TestOffice.BAMAKO);
            String body = "Le Ministre a reçu la délégation " + SECRET_WORD + " au sujet du barrage.";
            Communique saved = services.communiques().create(awa, new CommuniqueContent("Audience " + SECRET_WORD,
                    body, Genre.PRESS_RELEASE, office.id(), "Bamako", null, "fr"));
            services.autosaves().store(awa, UUID.randomUUID(), saved.id(), saved.version(),
                    new CommuniqueContent("Brouillon " + SECRET_WORD, body + " encore", Genre.PRESS_RELEASE,
                            office.id(), "Bamako", null, "fr"));
            services.search().awaitIndexed();
            assertThat(services.search().search(SearchQuery.of(SECRET_WORD)).total()).as("still searchable")
                    .isEqualTo(1);
            // the window's path: the editor's (and the first-start screen's) preview is drawn and rendered in
            // memory; an export goes through a temporary file beside its target, where the person chose
            byte[] preview = services.pdfExport().preview(services.communiques().get(saved.id()).content(), true);
            assertThat(new PagePreview().render(preview, 0, 72f).image()).isNotNull();
            services.pdfExport().exportTo(awa, saved.id(), exports.resolve("audience.pdf"));
        }
        assertThat(exports).as("no temporary export file left").isDirectoryContaining("glob:**/audience.pdf");
        try (Stream<Path> left = Files.list(exports)) {
            assertThat(left).singleElement();
        }

        List<Path> looked = new ArrayList<>();
        looked.addAll(files(data, Instant.MIN));
        looked.addAll(files(Path.of(System.getProperty(LogSetup.PROPERTY,
                System.getProperty("java.io.tmpdir") + "/pressdesk-logs")), Instant.MIN));
        looked.addAll(files(Path.of(System.getProperty("java.io.tmpdir")), started));
        looked.removeIf(file -> file.startsWith(exports)); // the PDF asked for, where it was asked
        assertThat(looked).as("the database was looked at").contains(data.resolve("pressdesk.mv.db"));
        for (Path file : looked) {
            assertThat(contains(file, SECRET_WORD)).as(file.toString()).isFalse();
        }
    }

    @Test
    void theAdministratorsPasswordTheRecoveryKeyAndANewAccountsPasswordOpenTheDatabase() {
        Path data = tempDir.resolve("data");
        AppServices.Created created = create(data);
        RecoveryKey recovery = created.recovery();
        try (AppServices services = created.services()) {
            services.accounts().createAccount(created.admin(), "moussa", null, Role.EDITOR,
                    "mot-de-passe-2".toCharArray());
        }
        DataDirectory directory = DataDirectory.prepare(data);

        try (AppServices byEditor = AppServices.unlock(directory, settings(), "Moussa",
                "mot-de-passe-2".toCharArray())) {
            assertThat(byEditor.encrypted()).isTrue();
            assertThat(byEditor.accounts().signIn("moussa", "mot-de-passe-2".toCharArray()).role())
                    .isEqualTo(Role.EDITOR);
        }
        try (AppServices byRecovery = AppServices.unlock(directory, settings(),
                RecoveryKey.parse(recovery.text().toLowerCase().replace("-", " ")))) {
            assertThat(byRecovery.accounts().find("awa")).isPresent();
        }
    }

    @Test
    void aDeactivatedAccountsPasswordNoLongerOpensTheFileUntilAnAdministratorResetsIt() {
        Path data = tempDir.resolve("data");
        AppServices.Created created = create(data);
        char[] reset;
        try (AppServices services = created.services()) {
            UserAccount moussa = services.accounts().createAccount(created.admin(), "moussa", null, Role.EDITOR,
                    "mot-de-passe-2".toCharArray());
            services.accounts().setActive(created.admin(), moussa, false);
            assertThat(KeySlots.load(data, 1_000, new java.security.SecureRandom()).has("moussa")).isFalse();
            services.accounts().setActive(created.admin(), services.accounts().find("moussa").orElseThrow(), true);
            assertThatThrownBy(() -> AppServices.unlock(DataDirectory.prepare(data), settings(), "moussa",
                    "mot-de-passe-2".toCharArray())).isInstanceOfSatisfying(PressDeskException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("signIn.refused"));
            reset = services.accounts().resetPassword(created.admin(),
                    services.accounts().find("moussa").orElseThrow());
        }

        try (AppServices byEditor = AppServices.unlock(DataDirectory.prepare(data), settings(), "moussa",
                reset)) {
            assertThat(byEditor.accounts().find("moussa").orElseThrow().active()).isTrue();
        }
    }

    @Test
    void aPasswordChosenAfterAResetToChangeOpensTheFileAndTheHandedOverOneNoLonger() {
        Path data = tempDir.resolve("data");
        AppServices.Created created = create(data);
        char[] handedOver;
        try (AppServices services = created.services()) {
            UserAccount moussa = services.accounts().createAccount(created.admin(), "moussa", null, Role.EDITOR,
                    "mot-de-passe-2".toCharArray());
            handedOver = services.accounts().resetPassword(created.admin(), moussa, true);
        }
        try (AppServices byEditor = AppServices.unlock(DataDirectory.prepare(data), settings(), "moussa",
                handedOver.clone())) {
            UserAccount moussa = byEditor.accounts().signIn("moussa", handedOver.clone());
            byEditor.accounts().chooseOwnPassword(moussa, "le-mien-a-moi".toCharArray(),
                    "le-mien-a-moi".toCharArray());
        }

        assertThatThrownBy(() -> AppServices.unlock(DataDirectory.prepare(data), settings(), "moussa",
                handedOver)).isInstanceOf(PressDeskException.class);
        try (AppServices again = AppServices.unlock(DataDirectory.prepare(data), settings(), "moussa",
                "le-mien-a-moi".toCharArray())) {
            assertThat(again.accounts().mustChangePassword(again.accounts().find("moussa").orElseThrow())).isFalse();
        }
    }

    @Test
    void reKeyingAnAccountRewritesItsSlotNotTheDatabase() throws IOException {
        Path data = tempDir.resolve("data");
        AppServices.Created created = create(data);
        try (AppServices services = created.services()) {
            services.accounts().changePassword(created.admin(), created.admin(), "un-nouveau-secret".toCharArray());
        }
        DataDirectory directory = DataDirectory.prepare(data);

        assertThatThrownBy(() -> AppServices.unlock(directory, settings(), "awa", PASSWORD.clone()))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signIn.refused"));
        try (AppServices services = AppServices.unlock(directory, settings(), "awa",
                "un-nouveau-secret".toCharArray())) {
            assertThat(services.accounts().signIn("awa", "un-nouveau-secret".toCharArray())).isNotNull();
        }
    }

    @Test
    void aWrongPasswordAnUnknownNameAnotherOfficesKeysOrAMissingKeyFileOpenNothingAndWriteNothing()
            throws IOException {
        Path data = tempDir.resolve("data");
        create(data).services().close();
        Path other = tempDir.resolve("autre");
        create(other).services().close();
        DataDirectory directory = DataDirectory.prepare(data);
        Map<String, String> before = fingerprints(data);

        assertThat(refusal(() -> AppServices.unlock(directory, settings(), "awa", "pas-le-bon".toCharArray())))
                .isEqualTo("signIn.refused");
        assertThat(refusal(() -> AppServices.unlock(directory, settings(), "inconnu", PASSWORD.clone())))
                .isEqualTo("signIn.refused");
        assertThat(refusal(() -> AppServices.open(directory, settings()))).isEqualTo("database.locked");
        assertThat(refusal(() -> AppServices.unlock(directory, settings(), RecoveryKey.parse("AAAAA-BBBBB"))))
                .isEqualTo("keys.recoveryRefused");
        assertThat(fingerprints(data)).isEqualTo(before);

        Files.copy(other.resolve(KeySlots.FILE_NAME), data.resolve(KeySlots.FILE_NAME),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> withOtherKeys = fingerprints(data);
        assertThat(refusal(() -> AppServices.unlock(directory, settings(), "awa", PASSWORD.clone())))
                .as("another office's key file opens its own database only").isEqualTo("database.wrongKey");
        assertThat(fingerprints(data)).isEqualTo(withOtherKeys);

        Files.writeString(data.resolve(KeySlots.FILE_NAME), "format=autre chose\n");
        assertThat(refusal(() -> AppServices.unlock(directory, settings(), "awa", PASSWORD.clone())))
                .isEqualTo("keys.damaged");
        Files.delete(data.resolve(KeySlots.FILE_NAME));
        assertThat(refusal(() -> AppServices.unlock(directory, settings(), "awa", PASSWORD.clone())))
                .isEqualTo("keys.missing");
    }

    private static String refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (PressDeskException e) {
            return e.messageKey();
        }
        throw new AssertionError("should have been refused");
    }

    private static List<Path> files(Path root, Instant changedSince) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root, 4)) {
            return all.filter(Files::isRegularFile).filter(Files::isReadable).filter(f -> {
                try {
                    return Files.size(f) < 64L << 20
                            && Files.getLastModifiedTime(f).toInstant().isAfter(changedSince);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static boolean contains(Path file, String word) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String asLatin = new String(bytes, StandardCharsets.ISO_8859_1);
            String[] forms = {word, word.toLowerCase(), "xylobarnaquet", "Xylobarnaquet"};
            for (String form : forms) {
                if (asLatin.contains(new String(form.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                        || asLatin.contains(new String(form.getBytes(StandardCharsets.UTF_16LE),
                                StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> fingerprints(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sums.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
