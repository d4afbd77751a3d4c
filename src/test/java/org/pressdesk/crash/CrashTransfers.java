package org.pressdesk.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.archive.ImportChoice;
import org.pressdesk.archive.ImportPreview;
import org.pressdesk.archive.ImportProgress;
import org.pressdesk.archive.PreviewItem;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;

/**
 * The crash workload's archive imports and PDF exports, done as the window does them (a preview, then the chosen
 * items in one transaction; an export written beside its final name and moved into place). Each is announced before
 * it starts ({@code IMPORTING} with the items chosen, so that the check knows what an import cut by the kill may
 * have left) and reported once done ({@code IMPORTED}, {@code EXPORTED}), through {@link CrashLog}. Imports and
 * exports go to folders beside the data folder, shared by all trials on it.
 */
final class CrashTransfers {
    static final int ITEMS = 3;
    private static final String MARKER_START = "Archive ";
    private static final String MARKER_END = " pièce";

    private final AppServices services;
    private final UserAccount user;
    private final Path imports;
    private final Path exports;

    CrashTransfers(AppServices services, UserAccount user, Path dataFolder) {
        this.services = services;
        this.user = user;
        this.imports = importsBeside(dataFolder);
        this.exports = exportsBeside(dataFolder);
    }

    static Path importsBeside(Path dataFolder) {
        return dataFolder.toAbsolutePath().resolveSibling(dataFolder.getFileName() + "-imports");
    }

    static Path exportsBeside(Path dataFolder) {
        return dataFolder.toAbsolutePath().resolveSibling(dataFolder.getFileName() + "-exports");
    }

    /** The words every title of one import holds, and no other communiqué's title. */
    static String marker(String tag, int step) {
        return MARKER_START + tag + "-" + step + MARKER_END;
    }

    /** The archive file an import announced with {@code marker} read, beside {@code dataFolder}. */
    static Path archiveOf(Path dataFolder, String marker) {
        String tagAndStep = marker.substring(MARKER_START.length(), marker.length() - MARKER_END.length());
        return importsBeside(dataFolder).resolve(archiveName(tagAndStep));
    }

    private static String archiveName(String tagAndStep) {
        return "archive-" + tagAndStep + ".txt";
    }

    void importArchive(String tag, int step) {
        try {
            Files.createDirectories(imports);
            Path file = Files.writeString(imports.resolve(archiveName(tag + "-" + step)), archive(tag, step));
            ImportPreview preview = services.archiveImport().preview(List.of(file));
            List<ImportChoice> chosen = preview.items().stream().filter(PreviewItem::importable)
                    .map(ImportChoice::asRead).toList();
            CrashLog.importing(marker(tag, step), chosen.size());
            services.archiveImport().importChosen(user, preview, chosen, Status.DRAFT, ImportProgress.NONE);
            CrashLog.imported(marker(tag, step), chosen.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void export(Communique communique, String tag, int step) {
        try {
            Files.createDirectories(exports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = exports.resolve("export-" + tag + "-" + step + ".pdf");
        services.pdfExport().exportTo(user, communique.id(), file);
        CrashLog.exported(file);
    }

    private static String archive(String tag, int step) {
        StringBuilder text = new StringBuilder();
        for (int k = 1; k <= ITEMS; k++) {
            text.append(marker(tag, step)).append(' ').append(k).append("\n\n")
                    .append("Le Ministre a reçu à Bamako, le 3 décembre 2026, la délégation numéro ").append(k)
                    .append(" de la série ").append(tag).append('-').append(step)
                    .append(". Les échanges ont porté sur la coopération régionale.\n\n");
        }
        return text.toString();
    }
}
