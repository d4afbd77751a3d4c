package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE... [--dry-run] [--status S] [--json]}: reads archive files, prints per file and per item what
 * was found, and imports the readable, new items in one transaction. Exit code 1 when a file or an item could not
 * be read (the others are imported all the same).
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.files")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "ARCHIVED", descriptionKey = "option.status")
    Status status;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = context.services();
        var user = context.user();
        ImportPreview preview = services.archiveImport().preview(files);
        ImportResult result = null;
        if (!dryRun) {
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            result = services.archiveImport().importChosen(user, preview, chosen, status, ImportProgress.NONE);
        }
        ImportReport report = new ImportReport(context.messages(), user, preview, result, status);
        if (json) {
            Json.print(context.terminal().out(), report.json(dryRun));
        } else {
            report.print(context.terminal().out());
        }
        boolean failed = preview.files().stream().anyMatch(f -> f.failed()) || preview.withErrors() > 0;
        return failed ? CommandLineApp.FAILED : OK;
    }
}
