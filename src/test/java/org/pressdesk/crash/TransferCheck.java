package org.pressdesk.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;

/**
 * After a kill, the imports and exports a session began: an import is all or nothing (every item chosen or none,
 * and all of them once it was reported), and no PDF under its final name is half-written (each opens with PDFBox,
 * and every reported one is there). A temporary file left beside them by the kill is hidden and ignored.
 */
final class TransferCheck {
    private TransferCheck() {
    }

    static List<String> problems(AppServices services, CrashLog log, Path dataFolder) {
        List<String> problems = new ArrayList<>();
        if (!log.importsBegun().isEmpty()) {
            List<String> titles = services.communiques().list(ListQuery.all()).stream()
                    .map(CommuniqueSummary::title).toList();
            for (Map.Entry<String, Integer> begun : log.importsBegun().entrySet()) {
                long found = titles.stream().filter(t -> t.contains(begun.getKey())).count();
                boolean reported = log.importsDone().containsKey(begun.getKey());
                if (found != begun.getValue() && (reported || found != 0)) {
                    problems.add("import \"" + begun.getKey() + "\" left " + found + " of " + begun.getValue()
                            + " items" + (reported ? " after it was reported done" : ""));
                }
            }
        }
        for (String reported : log.exports()) {
            if (!Files.isRegularFile(Path.of(reported))) {
                problems.add("exported PDF " + reported + " is gone");
            }
        }
        Path exports = CrashTransfers.exportsBeside(dataFolder);
        if (Files.isDirectory(exports)) {
            try (Stream<Path> files = Files.list(exports)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pdf") && !f.getFileName().toString()
                        .startsWith(".")).forEach(pdf -> checkOpens(pdf, problems));
            } catch (IOException e) {
                problems.add("cannot list " + exports + ": " + e);
            }
        }
        return problems;
    }

    private static void checkOpens(Path pdf, List<String> problems) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                problems.add("exported PDF " + pdf + " has no page");
            }
        } catch (IOException e) {
            problems.add("exported PDF " + pdf + " does not open: " + e.getMessage());
        }
    }
}
