package org.pressdesk.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Writes small Word documents for the tests, as an office's secretary would: letterhead, heading, paragraphs. */
public final class WordSamples {
    private WordSamples() {
    }

    /** {@code heading} in the "Heading1" style after {@code before} plain paragraphs, then {@code body}. */
    public static Path write(Path file, List<String> before, String heading, List<String> body) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            before.forEach(text -> document.createParagraph().createRun().setText(text));
            if (heading != null) {
                XWPFParagraph title = document.createParagraph();
                title.setStyle("Heading1");
                title.createRun().setText(heading);
            }
            body.forEach(text -> document.createParagraph().createRun().setText(text));
            document.write(out);
        }
        return file;
    }
}
