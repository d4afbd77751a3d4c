package org.pressdesk.ui.publication;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;

/**
 * What publication adds to the main window: "Exporter la sélection…" in the File menu (the list allows several
 * rows to be selected), "Papier à en-tête…" and "Vérifier un PDF…" in the Tools menu, and the signing password
 * asked for before a published text is exported.
 */
public final class PublicationActions {
    private final UiContext context;
    private final Stage stage;
    private final TableView<CommuniqueSummary> table;
    private final Runnable changed;

    public PublicationActions(UiContext context, Stage stage, TableView<CommuniqueSummary> table, Runnable changed) {
        this.context = context;
        this.stage = stage;
        this.table = table;
        this.changed = changed;
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    public void install(MenuBar bar) {
        Messages messages = context.messages();
        Menu file = menu(bar, "menuFile");
        int export = file.getItems().indexOf(file.getItems().stream()
                .filter(item -> "menuExport".equals(item.getId())).findFirst().orElse(null));
        file.getItems().add(export + 1, item("menuExportSelection", messages.get("menu.file.exportSelection"),
                "Shortcut+Shift+E", this::exportSelection));
        MenuItem letterhead = item("menuLetterhead", messages.get("menu.tools.letterhead"), null, this::letterhead);
        letterhead.setDisable(!context.user().can(Role.ADMINISTRATOR));
        menu(bar, "menuTools").getItems().addAll(0, List.of(letterhead,
                item("menuVerifyPdf", messages.get("menu.tools.verifyPdf"), null, this::verifyPdf)));
    }

    /** Exports {@code then}'s communiqué once its office key is unlocked, if it is a published text. */
    public void beforeExport(Communique communique, Runnable then) {
        boolean signed = communique != null
                && (communique.status() == Status.PUBLISHED || communique.status() == Status.ARCHIVED);
        if (!signed) {
            then.run();
            return;
        }
        new SigningPrompt(context, stage).ensureUnlocked(communique.content().officeId(), then, () -> { });
    }

    public void exportSelection() {
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream().map(CommuniqueSummary::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        Path start = context.services().preferences().get(UiPreferences.EXPORT_DIRECTORY).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home")));
        context.dialogs().chooseDirectory(stage, context.messages().get("batch.chooseFolder"), start)
                .ifPresent(directory -> new BatchExportDialog(context, stage).start(ids, directory, changed));
    }

    public void letterhead() {
        new LetterheadWindow(context, stage, changed).show(null);
    }

    public void verifyPdf() {
        new VerifyDialog(context, stage).chooseAndVerify();
    }

    private static Menu menu(MenuBar bar, String id) {
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(String id, String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
