package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.testing.HeadquartersKeys;

/** {@code init --hq-certificate} seals the database key for headquarters; {@code recover-key} opens it again. */
class HeadquartersKeyCommandsTest {
    private static final String HQ_PASSWORD = "cle-du-siege";

    @TempDir
    Path tempDir;

    @Test
    void headquartersKeyGivesTheAdministratorANewPasswordWhenEveryOtherWayIsLost() throws Exception {
        HeadquartersKeys hq = HeadquartersKeys.make("RSA");
        Path certificate = Files.write(tempDir.resolve("siege.pem"), hq.pemCertificate());
        Path key = Files.write(tempDir.resolve("siege.p12"), hq.pkcs12(HQ_PASSWORD.toCharArray()));
        Path data = tempDir.resolve("presse");

        Cli.Run init = new Cli().run("--data", data.toString(), "init", "--admin", "awa", "--hq-certificate",
                certificate.toString());
        assertThat(init.code()).as(init.toString()).isZero();
        assertThat(init.out()).contains("siège", "SHA-256");

        Cli.Run recovered = new Cli().with("PRESSDESK_HQ_KEY_PASSWORD", HQ_PASSWORD)
                .with("PRESSDESK_PASSWORD", "nouveau-mot-de-passe")
                .run("--data", data.toString(), "--user", "awa", "recover-key", "--hq-key", key.toString());
        assertThat(recovered.code()).as(recovered.toString()).isZero();
        assertThat(recovered.out()).contains("awa");

        Cli.Run verify = new Cli().with("PRESSDESK_PASSWORD", "nouveau-mot-de-passe")
                .run("--data", data.toString(), "--user", "awa", "audit", "verify");
        assertThat(verify.code()).as(verify.toString()).isZero();
    }

    @Test
    void aCertificateFileThatIsNoCertificateIsRefusedInTheUsersWords() throws Exception {
        Path notACertificate = Files.writeString(tempDir.resolve("siege.pem"), "bonjour");
        Path data = tempDir.resolve("presse");

        Cli.Run init = new Cli().run("--data", data.toString(), "init", "--admin", "awa", "--hq-certificate",
                notACertificate.toString());

        assertThat(init.code()).isEqualTo(1);
        assertThat(init.err()).contains("siege.pem", "n’est pas un certificat").doesNotContain("Exception");
        assertThat(data.resolve("pressdesk.keys")).as("nothing created").doesNotExist();
    }
}
