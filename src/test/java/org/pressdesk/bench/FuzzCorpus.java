package org.pressdesk.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.pressdesk.archive.WordSamples;
import org.pressdesk.signing.InstallationKeys;

/**
 * Writes the seed corpus of the fuzz tests (the *FuzzTestInputs folders under src/test/resources): small valid
 * inputs of each kind, from which the fuzzer mutates. Made by our own code so that the corpus holds nothing from
 * elsewhere. Run from the project root:
 * {@code java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.pressdesk.bench.FuzzCorpus}
 */
public final class FuzzCorpus {
    private static final Path RESOURCES = Path.of("src/test/resources/org/pressdesk");
    private static final String TEXT = """
            COMMUNIQUÉ DE PRESSE

            Audience au ministère des Affaires étrangères

            Le Ministre des Affaires étrangères a reçu en audience ce mardi 3 février 2026 l’Ambassadeur du \
            Sénégal. Les deux personnalités ont évoqué la coopération entre Bamako et Dakar.

            BIP/MAECI
            """;

    private FuzzCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = folder("archive/ArchiveFileFuzzTestInputs/anyFileIsReadOrRefusedWithAReason");
        Files.writeString(archive.resolve("utf8.txt"), TEXT, StandardCharsets.UTF_8);
        Files.write(archive.resolve("cp1252.txt"), TEXT.getBytes(Charset.forName("windows-1252")));
        Files.write(archive.resolve("utf16.txt"), TEXT.getBytes(StandardCharsets.UTF_16));
        Files.writeString(archive.resolve("two.txt"), TEXT + "\n\n" + TEXT.replace("Sénégal", "Niger"));
        WordSamples.write(archive.resolve("word.docx"), List.of("RÉPUBLIQUE DU MALI"), "Audience au ministère",
                List.of("Le Ministre a reçu ce mardi l’Ambassadeur.", "BIP/MAECI"));
        importSeeds(archive);

        Path logos = folder("office/LogoFileFuzzTestInputs/anyLogoIsAcceptedOrRefusedWithAReason");
        Files.write(logos.resolve("logo.png"), image("png", BufferedImage.TYPE_INT_ARGB));
        Files.write(logos.resolve("logo.jpg"), image("jpg", BufferedImage.TYPE_INT_RGB));

        InstallationKeys keys = new InstallationKeys(1_000);
        char[] password = "corpus-password".toCharArray();
        InstallationKeys.Created created = keys.create(UUID.fromString("6f1c2a9e-3b7d-4c1e-9a55-0d2f8e4b7c10"),
                "Ambassade à Dakar", false, password, Instant.parse("2026-12-03T00:00:00Z"));
        Path peers = folder("signing/PeerCertificateFuzzTestInputs/anyPeerCertificateIsReadOrRefusedWithAReason");
        Files.write(peers.resolve("peer.pem"), InstallationKeys.pem(created.certificate()));
        Files.write(peers.resolve("peer.der"), created.certificate().getEncoded());

        Path p12 = folder("signing/SigningKeyFileFuzzTestInputs/anySigningKeyFileIsReadOrRefusedWithAReason");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("bureau", InstallationKeys.decrypt(created.encryptedKey(), password), password,
                new Certificate[] {created.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        Files.write(p12.resolve("bureau.p12"), out.toByteArray());
    }

    /**
     * The archive import's seeds; the last byte of each (read first by the fuzz test) names a manager (0) or an
     * administrator (1). The administrator's are the reader's seeds and a text signed by an office not known here
     * (created by the import); the manager's are texts of their own (so that they are not duplicates of the
     * administrator's, whatever the order) and one signed by another unknown office, which a manager's import refuses.
     */
    private static void importSeeds(Path archives) throws IOException {
        Path imports = folder("archive/ArchiveImportFuzzTestInputs/anyArchiveIsImportedWholeOrNotAtAll");
        try (Stream<Path> files = Files.list(archives)) {
            for (Path file : files.toList()) {
                seed(imports, "administrator-" + file.getFileName(), Files.readAllBytes(file), 1);
            }
        }
        seed(imports, "administrator-new-office.txt", signedBy(TEXT.replace("Sénégal", "Burkina Faso")
                .replace("Dakar", "Ouagadougou"), "Ministère de la Santé"), 1);
        String ghana = TEXT.replace("Sénégal", "Ghana").replace("Dakar", "Accra");
        seed(imports, "manager-utf8.txt", ghana.getBytes(StandardCharsets.UTF_8), 0);
        seed(imports, "manager-two-cp1252.txt", (ghana + "\n\n" + ghana.replace("Ghana", "Togo").replace("Accra",
                "Lomé")).getBytes(Charset.forName("windows-1252")), 0);
        Path word = Files.createTempFile("pressdesk-corpus", ".docx");
        WordSamples.write(word, List.of("RÉPUBLIQUE DU MALI"), "Visite du Premier ministre à Ségou",
                List.of("Le Premier ministre a visité ce jeudi les chantiers de Ségou.", "PRIMATURE"));
        seed(imports, "manager-word.docx", Files.readAllBytes(word), 0);
        Files.delete(word);
        seed(imports, "manager-new-office.txt", signedBy(ghana, "Ministère des Mines"), 0);
    }

    /** {@code text} signed, at the end of its last paragraph, by the communication service of {@code ministry}. */
    private static byte[] signedBy(String text, String ministry) {
        return text.replace("\n\nBIP/MAECI", " Service de la Communication/" + ministry)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void seed(Path folder, String name, byte[] input, int actor) throws IOException {
        byte[] bytes = Arrays.copyOf(input, input.length + 1);
        bytes[input.length] = (byte) actor;
        Files.write(folder.resolve(name), bytes);
    }

    private static Path folder(String relative) throws IOException {
        return Files.createDirectories(RESOURCES.resolve(relative));
    }

    private static byte[] image(String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, type);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x14, 0x5a, 0x32));
        graphics.fillRect(0, 0, 8, 4);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
