package org.pressdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CommuniqueJsonWriterTest {
    private static final CommuniqueJson PLAIN = new CommuniqueJson(7, UUID.fromString(
            "a9bcf7e6-349e-4522-a4dc-4348d5b0aac5"), "Audience accordée à l’Ambassadeur (n° 9)",
            "Premier paragraphe.\nSecond, « cité »\u202F; fin.", "AUDIENCE_REPORT", "BIP/MAECI", "Bamako",
            LocalDate.of(2026, 2, 3), "fr", "DRAFT", 3, List.of(), Instant.parse("2026-02-03T10:15:30Z"),
            Instant.parse("2026-02-03T10:15:30.123456Z"), false);
    private static final CommuniqueJson AWKWARD = new CommuniqueJson(-1, null,
            "Guillemets \" et barre \\ et / et \t tab \r\n\b\f\u0000\u001f\u007f \uD83D\uDE00 \u2028", "", "OTHER",
            null, null, null, "en", "APPROVED", 0,
            List.of(new CommuniqueJson.TagJson("Chine", "COUNTRY", true),
                    new CommuniqueJson.TagJson("Santé \"publique\"", "THEME", false)),
            null, Instant.EPOCH, true);

    @Test
    void writesTheMappersBytesForATypicalList() {
        List<CommuniqueJson> list = List.of(PLAIN, AWKWARD, PLAIN);

        assertEquals(throughMapper(list), throughWriter(list));
    }

    @Test
    void writesTheMappersBytesForOneItemAndForNone() {
        assertEquals(throughMapper(List.of(AWKWARD)), throughWriter(List.of(AWKWARD)));
        assertEquals(throughMapper(List.of()), throughWriter(List.of()));
    }

    @Test
    void escapesEveryControlCharacterAsTheMapperDoes() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            controls.append(c);
        }
        CommuniqueJson all = new CommuniqueJson(1, null, controls.toString(), controls.toString(), "OTHER", "A",
                "B", null, "fr", "DRAFT", 1, null, null, null, false);

        assertEquals(throughMapper(List.of(all)), throughWriter(List.of(all)));
    }

    private static String throughMapper(List<CommuniqueJson> list) {
        return written(out -> Json.print(out, list));
    }

    private static String throughWriter(List<CommuniqueJson> list) {
        return written(out -> new CommuniqueJsonWriter(out).print(list));
    }

    private static String written(Consumer<PrintWriter> writing) {
        StringWriter text = new StringWriter();
        writing.accept(new PrintWriter(text));
        return text.toString();
    }
}
