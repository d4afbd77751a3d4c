package org.pressdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportResult;
import org.pressdesk.archive.NewOffices;
import org.pressdesk.archive.Notice;
import org.pressdesk.archive.ArchiveFile;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.archive.SuggestedTag;
import org.pressdesk.archive.Understanding;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;

/** What an import found and did, as text for a person or as one JSON document. */
final class ImportReport {
    private final Messages messages;
    private final ImportPreview preview;
    private final ImportResult result;
    private final Status status;
    private final UserAccount reader;

    /** {@code reader}: the person importing, for whom the notices are worded (who may create offices). */
    ImportReport(Messages messages, UserAccount reader, ImportPreview preview, ImportResult result, Status status) {
        this.messages = messages;
        this.reader = reader;
        this.preview = preview;
        this.result = result;
        this.status = status;
    }

    record ItemJson(int line, String title, LocalDate eventDate, String office, boolean newOffice, String place,
            String genre, List<String> tags, List<String> warnings, List<String> errors, Long duplicateOf,
            Long id) {
    }

    record FileJson(String file, String encoding, List<String> warnings, List<String> errors, List<ItemJson> items) {
    }

    record Totals(int files, int found, int imported, long duplicates, long errors, int notListed) {
    }

    record ReportJson(boolean dryRun, String status, List<FileJson> files, Totals totals) {
    }

    ReportJson json(boolean dryRun) {
        List<FileJson> files = new ArrayList<>();
        for (ArchiveFile file : preview.files()) {
            List<ItemJson> items = itemsOf(file).stream().map(this::item).toList();
            files.add(new FileJson(file.path().toString(), file.encoding(), texts(file.notices(), false),
                    texts(file.notices(), true), items));
        }
        return new ReportJson(dryRun, status.name(), files, totals());
    }

    private ItemJson item(PreviewItem item) {
        Understanding u = item.item().understanding();
        return new ItemJson(item.item().line(), item.item().title(), u.eventDate(),
                u.office() == null ? null : u.office().code(), u.office() != null && u.office().isNew(), u.place(),
                u.genre().name(), u.tags().stream().map(SuggestedTag::name).toList(),
                texts(item.item().notices(), false), texts(item.item().notices(), true), duplicateOf(item),
                result == null ? null : result.created().get(item.index()));
    }

    void print(PrintWriter out) {
        for (ArchiveFile file : preview.files()) {
            out.println(messages.get("import.cli.file", file.path(), file.encoding().isEmpty() ? "–"
                    : file.encoding(), file.itemCount()));
            texts(file.notices(), true).forEach(text -> out.println("  " + messages.get("import.cli.error", text)));
            texts(file.notices(), false).forEach(text -> out.println("  " + messages.get("import.cli.warning", text)));
            for (PreviewItem item : itemsOf(file)) {
                printItem(out, item);
            }
        }
        if (!preview.complete()) {
            out.println("  " + messages.get("import.cli.notListed", preview.notShown()));
        }
        Totals totals = totals();
        out.println(messages.get(result == null ? "import.cli.totals.dryRun" : "import.cli.totals", totals.files(),
                totals.found(), totals.imported(), totals.duplicates(), totals.errors(),
                messages.get("status." + status.name())));
        out.flush();
    }

    private void printItem(PrintWriter out, PreviewItem item) {
        Understanding u = item.item().understanding();
        Long id = result == null ? null : result.created().get(item.index());
        out.println("  " + messages.get("import.cli.item", item.item().line(), item.item().title(),
                id == null ? "" : " → " + id));
        out.println("    " + messages.get("import.cli.fields", u.eventDate() == null ? "–" : u.eventDate(),
                u.office() == null ? "–" : u.office().code() + (u.office().isNew() ? " (+)" : ""),
                u.place().isEmpty() ? "–" : u.place(),
                u.tags().isEmpty() ? "–" : String.join(", ", u.tags().stream().map(SuggestedTag::name).toList())));
        if (item.isDuplicate()) {
            out.println("    " + messages.get("import.cli.duplicate", duplicateOf(item) == null ? "–"
                    : duplicateOf(item)));
        }
        texts(item.item().notices(), true)
                .forEach(text -> out.println("    " + messages.get("import.cli.error", text)));
        texts(item.item().notices(), false)
                .forEach(text -> out.println("    " + messages.get("import.cli.warning", text)));
    }

    private Totals totals() {
        return new Totals(preview.files().size(), preview.found(), result == null ? 0 : result.imported(),
                preview.duplicates(), preview.withErrors() + preview.files().stream().filter(ArchiveFile::failed)
                        .count(), preview.notShown());
    }

    private List<PreviewItem> itemsOf(ArchiveFile file) {
        return preview.items().stream().filter(i -> i.file() == file).toList();
    }

    private static Long duplicateOf(PreviewItem item) {
        return item.duplicateOf();
    }

    private List<String> texts(List<Notice> notices, boolean errors) {
        return notices.stream().filter(n -> n.isError() == errors).map(n -> NewOffices.wordedFor(reader, n))
                .map(n -> messages.get(n.key(), n.arguments().toArray())).toList();
    }
}
