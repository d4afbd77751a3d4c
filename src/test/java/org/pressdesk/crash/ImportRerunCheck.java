package org.pressdesk.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;

/**
 * After a kill, the user imports again each archive file whose import the session had begun, as {@code pressdesk
 * import} does (a preview, then every importable item as read): every item of the file must then be there exactly
 * once, whether the killed import had been committed or not, and the audit chain must still verify.
 */
final class ImportRerunCheck {
    private ImportRerunCheck() {
    }

    static List<String> problems(AppServices services, UserAccount user, CrashLog log, Path dataFolder) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> begun : log.importsBegun().entrySet()) {
            Path file = CrashTransfers.archiveOf(dataFolder, begun.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add("archive file " + file + " of the import \"" + begun.getKey() + "\" is gone");
                continue;
            }
            ImportPreview preview = services.archiveImport().preview(List.of(file));
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            services.archiveImport().importChosen(user, preview, chosen, Status.DRAFT, ImportProgress.NONE);
            List<String> titles = services.communiques().list(ListQuery.all()).stream()
                    .map(CommuniqueSummary::title).filter(t -> t.contains(begun.getKey())).toList();
            for (int k = 1; k <= begun.getValue(); k++) {
                String end = " " + k;
                long copies = titles.stream().filter(t -> t.strip().endsWith(end)).count();
                if (copies != 1) {
                    problems.add("after importing \"" + begun.getKey() + "\" again, item " + k + " is there "
                            + copies + " time(s)");
                }
            }
        }
        if (!log.importsBegun().isEmpty() && !services.auditVerifier().verify().intact()) {
            problems.add("audit verify after the imports run again: " + services.auditVerifier().verify().firstBreak());
        }
        return problems;
    }
}
