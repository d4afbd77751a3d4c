package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.keys.KeySlots;
import org.pressdesk.testing.HeadquartersKeys;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

/** A field office's database key sealed for headquarters' certificate, opened with headquarters' key (issue 16). */
class HeadquartersSlotTest {
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();
    private static final char[] HQ_PASSWORD = "cle-du-siege".toCharArray();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void headquartersKeyOpensTheDatabaseAndAnAdministratorGetsANewPassword(String keyType) throws Exception {
        HeadquartersKeys hq = HeadquartersKeys.make(keyType);
        DataDirectory directory = encryptedWithSlotFor(hq.pemCertificate());

        try (AppServices opened = HeadquartersSlot.unlock(directory, settings(), hq.pkcs12(HQ_PASSWORD),
                HQ_PASSWORD.clone(), "siege.p12")) {
            HeadquartersSlot.setPassword(opened, "awa", "nouveau-mot-de-passe".toCharArray());
        }

        try (AppServices byNewPassword = AppServices.unlock(directory, settings(), "awa",
                "nouveau-mot-de-passe".toCharArray())) {
            assertThat(byNewPassword.accounts().signIn("awa", "nouveau-mot-de-passe".toCharArray())).isNotNull();
            assertThat(byNewPassword.auditVerifier().verify().intact()).isTrue();
        }
    }

    @Test
    void anotherHeadquartersKeyIsRefusedAndNothingChanges() throws Exception {
        DataDirectory directory = encryptedWithSlotFor(HeadquartersKeys.make("RSA").pemCertificate());
        byte[] slotsBefore = Files.readAllBytes(directory.resolve(KeySlots.FILE_NAME));

        byte[] otherKey = HeadquartersKeys.make("RSA").pkcs12(HQ_PASSWORD);
        assertThatThrownBy(() -> HeadquartersSlot.unlock(directory, settings(), otherKey,
                HQ_PASSWORD.clone(), "autre.p12")).isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hq.keyRefused"));
        assertThat(Files.readAllBytes(directory.resolve(KeySlots.FILE_NAME))).isEqualTo(slotsBefore);
    }

    @Test
    void aFileThatIsNoCertificateIsRefusedClearlyAndTheSlotsStayAsTheyWere() throws IOException {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = create(directory)) {
            byte[] before = Files.readAllBytes(directory.resolve(KeySlots.FILE_NAME));
            var admin = services.accounts().find("awa").orElseThrow();
            byte[] notACertificate = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                    .getBytes(StandardCharsets.US_ASCII);

            assertThatThrownBy(() -> HeadquartersSlot.seal(services, admin, notACertificate, "siege.pem"))
                    .isInstanceOfSatisfying(PressDeskException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("hq.certificateInvalid"));
            assertThat(Files.readAllBytes(directory.resolve(KeySlots.FILE_NAME))).isEqualTo(before);
        }
    }

    @Test
    void anExchangeCertificateMadeForSigningOnlyIsRefusedForCarryingTheKey() throws Exception {
        var created = new org.pressdesk.signing.InstallationKeys(1_000).create(java.util.UUID.randomUUID(), "Siège",
                true, "cle".toCharArray(), java.time.Instant.now());
        byte[] pem = org.pressdesk.signing.InstallationKeys.pem(created.certificate());

        assertThatThrownBy(() -> HeadquartersSlot.check(pem, "siege.pem"))
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hq.certificateUsage"));
    }

    @Test
    void aDatabaseWithoutASealedSlotSaysSo() throws Exception {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("data"));
        create(directory).close();

        byte[] otherKey = HeadquartersKeys.make("RSA").pkcs12(HQ_PASSWORD);
        assertThatThrownBy(() -> HeadquartersSlot.unlock(directory, settings(), otherKey,
                HQ_PASSWORD.clone(), "siege.p12")).isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hq.noSlot"));
    }

    private DataDirectory encryptedWithSlotFor(byte[] certificate) {
        DataDirectory directory = DataDirectory.prepare(tempDir.resolve("data"));
        try (AppServices services = create(directory)) {
            String fingerprint = HeadquartersSlot.seal(services, services.accounts().find("awa").orElseThrow(),
                    certificate, "siege.pem");
            assertThat(fingerprint).hasSize(64);
        }
        return directory;
    }

    private AppServices create(DataDirectory directory) {
        return AppServices.createEncrypted(directory, settings(), "awa", "Awa Traoré", PASSWORD.clone()).services();
    }

    private static AppServices.Settings settings() {
        return TestOffice.settings(new MutableClock(), new RecordingSleeper());
    }
}
