package org.pressdesk.publication;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.pressdesk.domain.Cancellation;
import org.pressdesk.domain.UserAccount;

/**
 * One batch export into a folder, item by item: each file gets a name no other file of the batch has. The batch
 * carries its cancel token: whoever exports it item by item asks {@link #isCancelled()} before handing out the next
 * one (files already written stay). The names taken are the batch's own, so the front ends never hold or share
 * them; several threads may export items of one batch at once.
 */
public final class PdfBatch {
    private final PdfExportService exporter;
    private final Path directory;
    private final Cancellation cancellation;
    private final Set<String> used = new HashSet<>();

    PdfBatch(PdfExportService exporter, Path directory, Cancellation cancellation) {
        this.exporter = exporter;
        this.directory = directory;
        this.cancellation = cancellation;
    }

    /** Exports one communiqué of the batch, under a name of its own. */
    public ExportedPdf export(UserAccount actor, long id) {
        return exporter.exportInto(actor, id, directory, this);
    }

    /** True once the batch was cancelled: no further item should start. */
    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /** Takes {@code name}, or the first free "name-2.pdf", "name-3.pdf"… */
    synchronized String take(String name) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name.substring(0, name.length() - 4) + "-" + n + ".pdf";
        }
        return candidate;
    }

    /** Gives a name back when its file could not be written. */
    synchronized void release(String name) {
        used.remove(name);
    }
}
