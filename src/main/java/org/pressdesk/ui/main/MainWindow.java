package org.pressdesk.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
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
import org.pressdesk.ui.archive.ArchiveDrop;
import org.pressdesk.ui.archive.ImportWindow;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;
import org.pressdesk.ui.editor.EditorView;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.editor.FormattingBar;
import org.pressdesk.ui.editor.PreviewView;
import org.pressdesk.ui.editor.WorkflowBar;
import org.pressdesk.ui.editor.WorkflowViewModel;
import org.pressdesk.ui.list.CommuniqueListView;
import org.pressdesk.ui.list.CommuniqueListViewModel;
import org.pressdesk.ui.list.ListMarks;
import org.pressdesk.ui.publication.PublicationActions;
import org.pressdesk.ui.review.ReviewWindow;
import org.pressdesk.ui.search.SearchView;
import org.pressdesk.ui.search.SearchViewModel;
import org.pressdesk.ui.task.FxTaskRunner;

/**
 * The main window: the list of communiqués, the editor and the live preview side by side, with menus, toolbar and
 * status bar. Several may be open at once, each with its own editor. The window builds its own screens; the menus
 * and the panels that other features put into its screens are given by {@code ui.MainAssembly}
 * ({@link #install}), which calls the public commands below.
 */
public final class MainWindow {
    private final UiContext context;
    private final MainServices services;
    private final Messages messages;
    private final Stage stage;
    private final MainViewModel model;
    private final CommuniqueListView listView;
    private StatusBar statusBar;
    /** The status bar's slot for what features show there (the backup reminder), before the signed-in person. */
    private final javafx.scene.layout.HBox statusSlot = new javafx.scene.layout.HBox(8);
    private final EditorView editorView;
    private final SplitPane split;
    private final PreviewView previewView;
    private final UnsavedChanges unsaved;
    private final WorkflowViewModel workflow;
    private final PublicationActions publication;
    private final VBox top = new VBox();
    private final FxTaskRunner searching = new FxTaskRunner("search");
    private final SearchViewModel search;
    private final SearchView searchView;
    private final TabPane listTabs;
    private final WindowMemory placement;
    /** Rows are being chosen for the window's own sake ({@link #selectOnceListed}): choosing them opens nothing. */
    private boolean choosingRows;

    /** Builds the window without menus; {@link #install} adds them before it is shown. */
    public MainWindow(UiContext context, MainServices services, PublicationActions publication, Stage stage) {
        this.context = context;
        this.services = services;
        this.messages = context.messages();
        this.stage = stage;
        this.publication = publication;
        EditorViewModel editor = new EditorViewModel(services.editor(), context.user(), messages,
                context.persistence(), context.rendering(), context.scheduler());
        CommuniqueListViewModel list = new CommuniqueListViewModel(services.editor().communiques(),
                context.listing(), context.scheduler(), messages);
        this.model = new MainViewModel(list, editor, services.editor().autosaves(), services.reviews(),
                context.user(), context.persistence(), messages);
        this.workflow = new WorkflowViewModel(services.reviews(), context.user(), messages,
                context.persistence(), editor);
        workflow.setOnChanged(model::changed);
        // On the shared server, what colleagues save, submit or approve reaches the list and the review count.
        Runnable stopFollowing = services.othersChange().whenOthersChange(() -> Platform.runLater(model::changed));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stopFollowing.run());
        this.unsaved = new UnsavedChanges(editor, messages, stage);
        this.listView = new CommuniqueListView(list, messages, this::openFromList);
        this.editorView = new EditorView(editor, messages);
        WorkflowBar workflowBar = new WorkflowBar(workflow, messages, this::openReview, this::openHistory);
        editorView.getChildren().add(0, workflowBar);
        FormattingBar.install(editorView, editor, messages);
        // several rows may be chosen, for Fichier → Exporter la sélection…
        listView.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        this.previewView = new PreviewView(editor.preview(), messages);
        this.search = new SearchViewModel(services.search(), services.editor().offices(), searching,
                context.scheduler(), messages);
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
        this.placement = new WindowMemory(stage, split, services.preferences(), context.user().username(),
                context.persistence());
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
    }

    private BorderPane layout() {
        Button reviewQueue = MainToolBar.reviewQueueButton(messages, this::openReview);
        reviewQueue.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("toolbar.reviewQueue", model.reviewCount().get()), model.reviewCount()));
        boolean manager = context.user().can(Role.MANAGER);
        reviewQueue.setVisible(manager);
        reviewQueue.setManaged(manager);
        top.getChildren().add(MainToolBar.of(messages, new MainToolBar.Actions(this::newCommunique, this::save,
                this::export, this::focusFilter), reviewQueue));
        BorderPane root = new BorderPane(split);
        root.setId("mainWindow");
        root.setTop(top);
        this.statusBar = statusBar();
        root.setBottom(statusBar);
        return root;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.status());
        bar.progressProperty().bind(Bindings.when(model.editor().busy()).then(-1.0).otherwise(0.0));
        javafx.scene.control.Label who = new javafx.scene.control.Label(SignedInText.of(context.user(), messages));
        who.setId("signedInLabel");
        statusSlot.setId("statusFeatures");
        statusSlot.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        statusSlot.managedProperty().bind(Bindings.isNotEmpty(statusSlot.getChildren()));
        bar.getRightItems().addAll(statusSlot, who);
        return bar;
    }

    private void bindTitle(EditorViewModel editor) {
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            String title = editor.title().get().isBlank() ? messages.get("main.untitled") : editor.title().get();
            return messages.get("main.windowTitle", title + (editor.dirty().get() ? " *" : ""),
                    context.user().username());
        }, editor.title(), editor.dirty()));
    }

    /**
     * Puts in the menus (above the toolbar) and the panels other features add to this window's screens, in the order
     * given. Called once, before {@link #show}.
     */
    public void install(List<MenuEntry> menus, List<PanelEntry> panels) {
        top.getChildren().add(0, MenuBars.of(menus, messages, context.user()));
        for (PanelEntry panel : panels) {
            switch (panel.slot()) {
                case BELOW_EDITOR_FORM -> editorView.showBelowForm(panel.panel());
                case BELOW_LIST_FILTER -> listView.showBelowFilter(panel.panel());
                case STATUS_BAR -> statusSlot.getChildren().add(panel.panel());
            }
        }
    }

    /** Shows the window and loads its content; the first window also brings back text a crash left unsaved. */
    public void show(boolean recover) {
        placement.apply();
        stage.show();
        model.start(recover);
        search.start();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> searching.close());
    }

    /**
     * Chooses the rows of {@code ids} once the list, loading since {@link #show}, has loaded (a window built again in
     * another language, showing what the one before it showed); choosing them opens nothing: the editor keeps its text.
     */
    public void selectOnceListed(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        model.list().loading().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> loading, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    choose(ids);
                }
            }
        });
    }

    private void choose(List<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        var rows = listView.table().getSelectionModel();
        choosingRows = true;
        try {
            for (int i = 0; i < listView.table().getItems().size(); i++) {
                if (wanted.contains(listView.table().getItems().get(i).id())) {
                    rows.select(i);
                }
            }
        } finally {
            choosingRows = false;
        }
    }

    /** Opens the import dialog on these files (dropped on the window, or none: the user then chooses). */
    public void openImport(List<Path> files) {
        new ImportWindow(context, services.archiveImport(), services.editor().offices(), stage, model::changed)
                .show(files);
    }

    /** Fichier → Importer des archives…: the import window, files still to choose. */
    public void openImport() {
        openImport(List.of());
    }

    /** Édition → Rechercher dans les archives. */
    public void focusSearch() {
        listTabs.getSelectionModel().select(1);
        searchView.focusField();
    }

    public void rebuildIndex() {
        listTabs.getSelectionModel().select(1);
        search.rebuild();
    }

    private void openFromList(CommuniqueSummary summary) {
        var stored = model.editor().stored().get();
        if (choosingRows || stored != null && stored.id() == summary.id()) {
            return;
        }
        unsaved.thenRun(() -> model.editor().open(summary.id()));
    }

    public void newCommunique() {
        unsaved.thenRun(() -> {
            listView.table().getSelectionModel().clearSelection();
            model.editor().newDraft();
            editorView.titleField().requestFocus();
        });
    }

    public void export() {
        LocalDate date = model.editor().eventDate().get() == null ? LocalDate.now() : model.editor().eventDate().get();
        Path directory = services.preferences().get(UiPreferences.EXPORT_DIRECTORY).map(Path::of)
                .filter(Files::isDirectory).orElse(Path.of(System.getProperty("user.home")));
        context.dialogs().choosePdfTarget(stage, messages.get("export.dialogTitle"), messages.get("export.pdfFiles"),
                directory, FileNames.forCommunique(date, model.editor().title().get())).ifPresent(this::exportTo);
    }

    /** Exports the communiqué being edited to {@code file} (the save dialog's choice). */
    public void exportTo(Path file) {
        publication.beforeExport(stage, model.editor().stored().get(),
                () -> model.editor().exportTo(file, exported -> rememberExportFolder(exported.file())));
    }

    private void rememberExportFolder(Path exported) {
        try {
            services.preferences().put(UiPreferences.EXPORT_DIRECTORY, exported.getParent().toString());
        } catch (java.io.IOException e) {
            model.reportPreferencesNotSaved();
        }
    }

    /** The ids of the rows chosen in the list (Fichier → Exporter la sélection…). */
    public List<Long> selectedIds() {
        return listView.table().getSelectionModel().getSelectedItems().stream().map(CommuniqueSummary::id).toList();
    }

    /** Shows a feature's marks on the list's rows (exchange's conflict badges) in the slot the list keeps. */
    public void showListMarks(ListMarks marks) {
        listView.showMarks(marks);
    }

    /** Offices or files changed elsewhere (letterhead, batch export): the list and the preview follow. */
    public void publicationChanged() {
        model.changed();
        model.editor().preview().render();
    }

    public void showPreview(boolean visible) {
        if (visible && !split.getItems().contains(previewView)) {
            split.getItems().add(previewView);
            split.setDividerPositions(WindowPlacement.DEFAULT_DIVIDERS);
        } else if (!visible) {
            split.getItems().remove(previewView);
        }
    }

    public void openReview() {
        Communique current = model.editor().stored().get();
        boolean inReview = current != null && current.status() == Status.IN_REVIEW;
        reviewWindow().show(inReview ? current.id() : null);
    }

    public void openHistory() {
        Communique current = model.editor().stored().get();
        if (current != null) {
            reviewWindow().show(current.id());
        }
    }

    private ReviewWindow reviewWindow() {
        return new ReviewWindow(context, services.reviews(), services.editor().communiques(),
                services.editor().offices(), stage, model::changed);
    }

    /** Runs {@code open} for a manager; anyone else is told in the status bar that it is for managers. */
    public void asManager(Runnable open) {
        if (model.requireManager()) {
            open.run();
        }
    }

    public void save() {
        model.editor().save();
    }

    public void discardChanges() {
        model.editor().discardChanges();
    }

    public void refresh() {
        model.list().reload();
    }

    public void focusFilter() {
        listView.focusFilter();
    }

    public void submit() {
        workflow.submit();
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
    public void switchUser() {
        unsaved.thenRun(() -> {
            model.editor().flush();
            context.windows().switchUser();
        });
    }

    /**
     * Outils → Chiffrer la base…: the text being typed is saved or dropped as the user chooses (or the conversion
     * is not begun), then the application closes the session's windows and converts its database.
     */
    public void encryptDatabase() {
        unsaved.thenRun(() -> {
            model.editor().flush();
            context.windows().encryptDatabase();
        });
    }

    /** Quits the program once this window's unsaved text is saved or dropped as the user chooses. */
    public void quit() {
        unsaved.thenRun(() -> {
            model.editor().flush();
            Platform.exit();
        });
    }

    /** Keeps unsaved text in the autosave and closes without asking (the session is switching user or encrypting). */
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
}
