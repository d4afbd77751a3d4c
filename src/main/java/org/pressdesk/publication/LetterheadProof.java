package org.pressdesk.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;
import org.pressdesk.pdf.CommuniquePdfWriter;
import org.pressdesk.pdf.PdfContentFactory;

/**
 * Text drawn on an office's paper as it stands, for a preview: nothing is written to disk, to the database or to
 * the audit trail, so it also serves the first-start screen before any database exists.
 */
public final class LetterheadProof {
    private final CommuniquePdfWriter writer;
    private final PdfContentFactory contents;
    private final Clock clock;

    public LetterheadProof(CommuniquePdfWriter writer, PdfContentFactory contents, Clock clock) {
        this.writer = writer;
        this.contents = contents;
        this.clock = clock;
    }

    /** The PDF of {@code content} on {@code office}'s paper, marked as a draft or not. */
    public byte[] draw(CommuniqueContent content, Office office, boolean draft) {
        return draw(content, office, "", draft);
    }

    /** The same, with the reference line an export of it would carry. */
    public byte[] draw(CommuniqueContent content, Office office, String reference, boolean draft) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.write(contents.create(content, office, new PdfContentFactory.Edition(reference, draft, false), Map.of(),
                    clock.instant()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
