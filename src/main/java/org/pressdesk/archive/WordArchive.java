package org.pressdesk.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.pressdesk.domain.TextKeys;

/**
 * Reads a Word (.docx) file as one communiqué: the first heading is the title (else the first paragraph; text
 * above a heading, such as a letterhead, is left out), the paragraphs after it are the body, and the signature is
 * found at its end as in text files.
 */
final class WordArchive {
    private WordArchive() {
    }

    static Optional<RawItem> read(byte[] bytes, Signatures signatures) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs().stream()
                    .filter(p -> !CleanText.line(p.getText()).isEmpty()).toList();
            if (paragraphs.isEmpty()) {
                return Optional.empty();
            }
            int title = firstHeading(document, paragraphs);
            List<String> body = new ArrayList<>();
            for (XWPFParagraph paragraph : paragraphs.subList(title + 1, paragraphs.size())) {
                CleanText.lines(paragraph.getText()).stream().filter(line -> !line.isEmpty()).forEach(body::add);
            }
            return Optional.of(withSignature(CleanText.line(paragraphs.get(title).getText().replace('\n', ' ')),
                    body, signatures));
        }
    }

    private static RawItem withSignature(String title, List<String> body, Signatures signatures) {
        if (body.isEmpty()) {
            return new RawItem(title, body, "", 1);
        }
        List<String> paragraphs = new ArrayList<>(body);
        String last = paragraphs.remove(paragraphs.size() - 1);
        if (!paragraphs.isEmpty() && signatures.looksLikeSignature(last)) {
            return new RawItem(title, paragraphs, last, 1);
        }
        Optional<Signatures.Split> split = signatures.inlineSignature(last);
        if (split.isPresent()) {
            paragraphs.add(split.get().text());
            return new RawItem(title, paragraphs, split.get().signature(), 1);
        }
        paragraphs.add(last);
        return new RawItem(title, paragraphs, "", 1);
    }

    private static int firstHeading(XWPFDocument document, List<XWPFParagraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (isHeading(document, paragraphs.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isHeading(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return false;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        for (String candidate : new String[] {TextKeys.fold(id), TextKeys.fold(name)}) {
            String key = candidate.replace(" ", "");
            if (key.startsWith("heading") || key.startsWith("titre") || key.startsWith("title")) {
                return true;
            }
        }
        return false;
    }
}
