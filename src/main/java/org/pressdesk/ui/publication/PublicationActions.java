package org.pressdesk.ui.publication;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Status;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;

/**
 * What publication offers a main window: exporting the selected rows, the letterhead editor, checking a signed
 * PDF, and the signing password asked for before a published text is exported. The main window's menu entries
 * call these (see {@code MainAssembly}); each takes the window that asks.
 */
public final class PublicationActions {
    private final UiContext context;
    private final PublicationServices services;

    public PublicationActions(UiContext context, PublicationServices services) {
        this.context = context;
        this.services = services;
    }

    /** Exports {@code then}'s communiqué once its office key is unlocked, if it is a published text. */
    public void beforeExport(Window owner, Communique communique, Runnable then) {
        boolean signed = communique != null
                && (communique.status() == Status.PUBLISHED || communique.status() == Status.ARCHIVED);
        if (!signed) {
            then.run();
            return;
        }
        new SigningPrompt(context, services, owner).ensureUnlocked(communique.content().officeId(), then, () -> { });
    }

    /** Asks for a folder and exports the communiqués {@code ids} into it; {@code changed} runs once it is over. */
    public void exportSelection(Window owner, List<Long> ids, Runnable changed) {
        if (ids.isEmpty()) {
            return;
        }
        Path start = services.preferences().get(UiPreferences.EXPORT_DIRECTORY).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home")));
        context.dialogs().chooseDirectory(owner, context.messages().get("batch.chooseFolder"), start)
                .ifPresent(directory -> new BatchExportDialog(context, services, owner).start(ids, directory,
                        changed));
    }

    public void letterhead(Window owner, Runnable changed) {
        new LetterheadWindow(context, services, owner, changed).show(null);
    }

    public void verifyPdf(Window owner) {
        new VerifyDialog(context, services.pdfVerifier(), owner).chooseAndVerify();
    }
}
