package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.TagKind;

/** Offices, authors and tag links a peer has acknowledged are not sent to it again. */
class SentOnceTest extends HqAndFieldTest {
    @Test
    void aSecondFileAfterAnAcknowledgementCarriesNoOfficeAuthorOrTagLinkAgain() throws IOException {
        Communique c = field.create("Visite du ministre", "Premier jet.");
        field.services.tagging().add(field.admin, c.id(), "Santé", TagKind.THEME);
        Path first = field.send(hq, temp);
        assertThat(lines(first, "offices.jsonl")).isEqualTo(1);
        assertThat(lines(first, "users.jsonl")).isEqualTo(1);
        assertThat(lines(first, "tag-links.jsonl")).isEqualTo(1);
        hq.receive(first);
        field.receive(hq.send(field, temp));

        field.edit(c, "Deuxième jet.");
        Path second = field.send(hq, temp);

        assertThat(lines(second, "revisions.jsonl")).isEqualTo(1);
        assertThat(lines(second, "offices.jsonl")).isZero();
        assertThat(lines(second, "users.jsonl")).isZero();
        assertThat(lines(second, "tag-links.jsonl")).isZero();
        assertThat(hq.receive(second).newRevisions()).isEqualTo(1);
        assertThat(hq.byUuid(c.uuid()).content().body()).isEqualTo("Deuxième jet.");
    }

    @Test
    void whatAPeerSentIsNeverSentBackToIt() throws IOException {
        field.create("Communiqué", "Texte.");
        hq.receive(field.send(hq, temp));

        Path back = hq.send(field, temp);

        assertThat(lines(back, "offices.jsonl")).as("only headquarters' own office").isEqualTo(1);
        assertThat(lines(back, "users.jsonl")).as("only headquarters' own administrator").isEqualTo(1);
        assertThat(lines(back, "revisions.jsonl")).isZero();
    }

    @Test
    void untilAcknowledgedTheOfficeIsSentAgainSoALostFileCostsNothing() throws IOException {
        field.create("Communiqué", "Texte.");
        field.send(hq, temp);

        Path again = field.send(hq, temp);

        assertThat(lines(again, "offices.jsonl")).isEqualTo(1);
        assertThat(hq.receive(again).newCommuniques()).isEqualTo(1);
    }

    private static int lines(Path file, String entry) throws IOException {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return (int) text.lines().filter(l -> !l.isBlank()).count();
                }
            }
        }
        throw new AssertionError("no entry " + entry);
    }
}
