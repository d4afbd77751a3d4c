package org.pressdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.SettableClock;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.signing.CertificateService;

/** cert, new and edit with --embargo, export of a published text, and verify, as a person types them. */
class PublicationCommandsTest {
    @TempDir
    Path directory;
    private final SettableClock clock = new SettableClock(PublicationFixture.START);
    private final Map<String, String> environment = new HashMap<>();
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void init() throws Exception {
        environment.put("PRESSDESK_PASSWORD", "motdepasse-admin");
        environment.put("PRESSDESK_LANG", "fr");
        assertThat(run("init", "--admin", "awa", "--office", "BIP/MAECI")).isZero();
        Files.writeString(directory.resolve("corps.txt"), "Le Ministre a reçu **l’Ambassadeur**.\n\n- un\n- deux");
    }

    @Test
    void anEmbargoedTextIsNotPublishedBeforeItsTimeThenIsSignedAndVerifies() throws Exception {
        assertThat(run("new", "--title", "Audience", "--body-file", directory.resolve("corps.txt").toString(),
                "--date", "2026-02-03", "--embargo", "2026-02-03T11:00")).isZero();
        assertThat(run("submit", "1")).isZero();
        environment.put("PRESSDESK_KEYSTORE_PASSWORD", "signature-du-bureau");
        assertThat(run("four-eyes", "--waive")).isZero();
        assertThat(run("approve", "1")).isZero();
        assertThat(run("cert", "generate")).isZero();
        assertThat(out.toString()).contains("Certificat de signature enregistré pour BIP/MAECI");
        assertThat(run("publish", "1")).isEqualTo(CommandLineApp.FAILED);
        assertThat(err.toString()).contains("sous embargo jusqu’au 3 février 2026 à 11 h 00 (heure de Bamako)");
        clock.advance(java.time.Duration.ofHours(2));
        assertThat(run("publish", "1")).isZero();
        assertThat(run("export", "1", "--out", directory.resolve("pdf").toString())).isZero();
        Path pdf = Path.of(out.toString().strip());
        assertThat(pdf.getFileName().toString()).isEqualTo("2026-02-03_2026-001-bip-maeci_audience.pdf");
        assertThat(run("verify", pdf.toString())).isZero();
        assertThat(out.toString()).contains("Signature\u202f: valide", "inchangé depuis la signature",
                "identique à la révision 1 approuvée de «\u202fAudience\u202f»", "Ce PDF est authentique");
    }

    @Test
    void verifyExitsNonZeroForAFileThatIsNotAPdfOrIsChanged() throws Exception {
        Path text = Files.writeString(directory.resolve("faux.pdf"), "texte");
        assertThat(run("verify", text.toString())).isEqualTo(CommandLineApp.FAILED);
        assertThat(err.toString().strip()).isEqualTo("faux.pdf n’est pas un fichier PDF lisible.");
    }

    @Test
    void aCorruptKeystoreOrAWrongPasswordIsToldPlainly() throws Exception {
        Path corrupt = Files.write(directory.resolve("bureau.p12"), new byte[] {1, 2, 3, 4});
        environment.put("PRESSDESK_KEYSTORE_PASSWORD", "secret123");
        assertThat(run("cert", "import", corrupt.toString())).isEqualTo(CommandLineApp.FAILED);
        assertThat(err.toString().strip())
                .isEqualTo("bureau.p12 n’est pas un magasin PKCS#12 lisible\u202f: fichier abîmé ou d’un autre type.");
        Path real = directory.resolve("vrai.p12");
        KeyStores.write(real, "bon-mot-de-passe".toCharArray());
        assertThat(run("cert", "import", real.toString())).isEqualTo(CommandLineApp.FAILED);
        assertThat(err.toString().strip())
                .isEqualTo("Mot de passe incorrect pour le magasin de certificats vrai.p12.");
        environment.put("PRESSDESK_KEYSTORE_PASSWORD", "bon-mot-de-passe");
        assertThat(run("cert", "import", real.toString())).isZero();
        assertThat(run("cert", "list")).isZero();
        assertThat(out.toString()).contains("CN=Bureau importé", "(signe les publications)");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), environment,
                question -> Optional.empty());
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = directory.resolve("data").toString();
        all[2] = "--user";
        all[3] = "awa";
        System.arraycopy(args, 0, all, 4, args.length);
        AppServices.Settings settings = new AppServices.Settings(clock, new PasswordHasher(1_000), d -> { },
                new CertificateService.Strength(1_000, 2048));
        return new CommandLineApp(terminal, Messages.forLocale(Locale.FRENCH), settings, start -> 0).run(all);
    }
}
