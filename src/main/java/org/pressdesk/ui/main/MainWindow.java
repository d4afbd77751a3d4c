package org.pressdesk.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.i18n.Messages;
import org.pressdesk.pdf.FileNames;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.account.AccountsWindow;
import org.pressdesk.ui.archive.ArchiveDrop;
import org.pressdesk.ui.archive.ImportWindow;
import org.pressdesk.ui.audit.AuditWindow;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;
import org.pressdesk.ui.editor.EditorServices;
import org.pressdesk.ui.editor.EditorView;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.editor.FormattingBar;
import org.pressdesk.ui.editor.PreviewView;
import org.pressdesk.ui.editor.WorkflowBar;
import org.pressdesk.ui.editor.WorkflowViewModel;
import org.pressdesk.ui.list.CommuniqueListView;
import org.pressdesk.ui.list.CommuniqueListViewModel;
import org.pressdesk.ui.publication.PublicationActions;
import org.pressdesk.ui.review.ReviewWindow;
import org.pressdesk.ui.search.SearchView;
import org.pressdesk.ui.search.SearchViewModel;
import org.pressdesk.ui.tags.TagWiring;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * The main window: the list of communiqués, the editor and the live preview side by side, with menus, toolbar and
 * status bar. Several may be open at once, each with its own editor.
 */
public final class MainWindow {
    private final UiContext context;
    private final Messages messages;
    private final Stage stage;
    private final MainViewModel model;
    private final CommuniqueListView listView;
    private final EditorView editorView;
    private final SplitPane split;
    private final PreviewView previewView;
    private final UnsavedChanges unsaved;
    private final WorkflowViewModel workflow;
    private TagWiring tagging;
    private final PublicationActions publication;
    private final FxTaskRunner searching = new FxTaskRunner("search");
    private final SearchViewModel search;
    private final SearchView searchView;
    private final TabPane listTabs;
    private final WindowMemory placement;

    public MainWindow(UiContext context, Stage stage) {
        this.context = context;
        this.messages = context.messages();
        this.stage = stage;
        EditorServices editorServices = new EditorServices(context.services().communiques(),
                context.services().autosaves(), context.services().offices(), context.services().pdfExport(),
                new PagePreview());
        EditorViewModel editor = new EditorViewModel(editorServices, context.user(), messages,
                context.persistence(), context.rendering(), context.scheduler());
        CommuniqueListViewModel list = new CommuniqueListViewModel(context.services().communiques(),
                context.listing(), context.scheduler(), messages);
        this.model = new MainViewModel(list, editor, context.services().autosaves(), context.services().reviews(),
                context.user(), context.persistence(), messages);
        this.workflow = new WorkflowViewModel(context.services().reviews(), context.user(), messages,
                context.persistence(), editor);
        workflow.setOnChanged(model::changed);
        // On the shared server, what colleagues save, submit or approve reaches the list and the review count.
        Runnable stopFollowing = context.services().whenOthersChange(() -> Platform.runLater(model::changed));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stopFollowing.run());
        this.unsaved = new UnsavedChanges(editor, messages, stage);
        this.listView = new CommuniqueListView(list, messages, this::openFromList);
        this.editorView = new EditorView(editor, messages);
        WorkflowBar workflowBar = new WorkflowBar(workflow, messages, this::openReview, this::openHistory);
        editorView.getChildren().add(0, workflowBar);
        FormattingBar.install(editorView, editor, messages);
        this.publication = new PublicationActions(context, stage, listView.table(), this::publicationChanged);
        this.previewView = new PreviewView(editor.preview(), messages);
        this.search = new SearchViewModel(context.services().search(), context.services().offices(), searching,
                context.scheduler(), Platform::runLater, messages);
        this.searchView = new SearchView(search, messages, id -> unsaved.thenRun(() -> model.editor().open(id)));
        this.listTabs = ArchiveHooks.listAndSearch(listView, searchView, messages);
        this.split = new SplitPane(listTabs, editorView, previewView);
        split.setId("mainSplit");
        split.setDividerPositions(WindowPlacement.DEFAULT_DIVIDERS);
        new ConflictPrompt(editor, messages, stage).install();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(layout(), Math.min(1360, screen.getWidth() - 40),
                Math.min(820, screen.getHeight() - 40)));
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        ArchiveDrop.install(stage.getScene(), this::openImport);
        bindTitle(editor);
        this.placement = new WindowMemory(stage, split, context.services().preferences(), context.user().username(),
                context.persistence());
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
    }

    private BorderPane layout() {
        MainActions actions = new MainActions(this::newCommunique, model.editor()::save, this::export,
                listView::focusFilter, this::close, () -> context.windows().openMainWindow(), this::showPreview,
                model.list()::reload, model.editor()::discardChanges, this::preferences, this::verifyAudit,
                this::about, workflow::submit, () -> openReview(), this::openHistory, this::openAuditLog, this::quit);
        Button reviewQueue = MainMenus.reviewQueueButton(actions, messages);
        reviewQueue.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("toolbar.reviewQueue", model.reviewCount().get()), model.reviewCount()));
        boolean manager = context.user().can(Role.MANAGER);
        reviewQueue.setVisible(manager);
        reviewQueue.setManaged(manager);
        MenuBar menus = MainMenus.menuBar(actions, messages);
        this.tagging = TagWiring.install(context, stage, model.editor(), editorView, model.list(), listView, menus);
        publication.install(menus);
        ArchiveHooks.installMenus(menus, messages, new ArchiveHooks.Actions(() -> openImport(List.of()),
                this::focusSearch, this::rebuildIndex));
        SessionHooks.installMenus(menus, messages, new SessionHooks.Actions(context.user().can(Role.ADMINISTRATOR),
                () -> new AccountsWindow(context, stage).show(), this::switchUser));
        org.pressdesk.ui.backup.BackupMenu.install(menus, context, stage);
        VBox top = new VBox(menus, MainMenus.toolBar(actions, messages, reviewQueue));
        BorderPane root = new BorderPane(split);
        root.setId("mainWindow");
        root.setTop(top);
        root.setBottom(statusBar());
        return root;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.status());
        bar.progressProperty().bind(Bindings.when(model.editor().busy()).then(-1.0).otherwise(0.0));
        javafx.scene.control.Label who = new javafx.scene.control.Label(messages.get("main.signedIn",
                context.user().displayName(), messages.get("role." + context.user().role().name())));
        who.setId("signedInLabel");
        bar.getRightItems().add(org.pressdesk.ui.backup.BackupMenu.statusElement(context));
        bar.getRightItems().add(who);
        return bar;
    }

    private void bindTitle(EditorViewModel editor) {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String title = editor.title().get().isBlank() ? messages.get("main.untitled") : editor.title().get();
            return messages.get("main.windowTitle", title + (editor.dirty().get() ? " *" : ""),
                    context.user().username());
        }, editor.title(), editor.dirty()));
    }

    /** Shows the window and loads its content; the first window also brings back text a crash left unsaved. */
    public void show(boolean recover) {
        placement.apply();
        stage.show();
        model.start(recover);
        search.start();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> searching.close());
    }

    /** Opens the import dialog on these files (dropped on the window, or none: the user then chooses). */
    public void openImport(List<Path> files) {
        new ImportWindow(context, stage, model::changed).show(files);
    }

    private void focusSearch() {
        listTabs.getSelectionModel().select(1);
        searchView.focusField();
    }

    private void rebuildIndex() {
        listTabs.getSelectionModel().select(1);
        search.rebuild();
    }

    private void openFromList(CommuniqueSummary summary) {
        var stored = model.editor().stored().get();
        if (stored != null && stored.id() == summary.id()) {
            return;
        }
        unsaved.thenRun(() -> model.editor().open(summary.id()));
    }

    private void newCommunique() {
        unsaved.thenRun(() -> {
            listView.table().getSelectionModel().clearSelection();
            model.editor().newDraft();
            editorView.titleField().requestFocus();
        });
    }

    private void export() {
        LocalDate date = model.editor().eventDate().get() == null ? LocalDate.now() : model.editor().eventDate().get();
        Path directory = context.services().preferences().get(UiPreferences.EXPORT_DIRECTORY).map(Path::of)
                .filter(Files::isDirectory).orElse(Path.of(System.getProperty("user.home")));
        context.dialogs().choosePdfTarget(stage, messages.get("export.dialogTitle"), messages.get("export.pdfFiles"),
                directory, FileNames.forCommunique(date, model.editor().title().get())).ifPresent(this::exportTo);
    }

    /** Exports the communiqué being edited to {@code file} (the save dialog's choice). */
    public void exportTo(Path file) {
        publication.beforeExport(model.editor().stored().get(), () -> model.editor().exportTo(file, exported -> {
            try {
                context.services().preferences().put(UiPreferences.EXPORT_DIRECTORY,
                        exported.file().getParent().toString());
            } catch (java.io.IOException e) {
                model.status().set(messages.get("preferences.notSaved"));
            }
        }));
    }

    /** Offices or files changed elsewhere (letterhead, batch export): the list and the preview follow. */
    private void publicationChanged() {
        model.changed();
        model.editor().preview().render();
    }

    private void showPreview(boolean visible) {
        if (visible && !split.getItems().contains(previewView)) {
            split.getItems().add(previewView);
            split.setDividerPositions(WindowPlacement.DEFAULT_DIVIDERS);
        } else if (!visible) {
            split.getItems().remove(previewView);
        }
    }

    private void openReview() {
        Communique current = model.editor().stored().get();
        boolean inReview = current != null && current.status() == Status.IN_REVIEW;
        new ReviewWindow(context, stage, model::changed).show(inReview ? current.id() : null);
    }

    private void openHistory() {
        Communique current = model.editor().stored().get();
        if (current != null) {
            new ReviewWindow(context, stage, model::changed).show(current.id());
        }
    }

    private void openAuditLog() {
        if (context.user().can(Role.MANAGER)) {
            new AuditWindow(context, stage).show();
        } else {
            model.status().set(messages.get("permission.managerOnly"));
        }
    }

    private void preferences() {
        new PreferencesDialog(context, stage).showAndApply();
    }

    private void verifyAudit() {
        new AuditCheck(context, stage).run();
    }

    private void about() {
        new AboutDialog(context, stage).show();
    }

    /** Closes the window; unsaved text is saved or dropped as the user chooses, or the close is cancelled. */
    public void close() {
        unsaved.thenRun(() -> {
            model.editor().flush();
            stage.close();
        });
    }

    /**
     * Fichier → Changer d’utilisateur: the text being typed is kept (saved, or dropped, as the user chooses; the
     * autosave holds it meanwhile), then every window of this session closes and the sign-in comes back.
     */
    private void switchUser() {
        unsaved.thenRun(() -> {
            model.editor().flush();
            context.windows().switchUser();
        });
    }

    /** Quits the program once this window's unsaved text is saved or dropped as the user chooses. */
    private void quit() {
        unsaved.thenRun(() -> {
            model.editor().flush();
            Platform.exit();
        });
    }

    /** Keeps unsaved text in the autosave and closes without asking (for a language switch). */
    public void closeKeepingDraft() {
        model.editor().flush();
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel model() {
        return model;
    }

    public TagWiring tagging() {
        return tagging;
    }
}
