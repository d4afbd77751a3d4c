package org.pressdesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A rehearsal of the main window while the person types the password: the kinds of controls the main window is made
 * of (menus, tool bar, a table with rows, tabs, the editor's fields and text area, the preview's image, the status
 * bar) are built into scenes that are never shown, styled with the theme and the main window's style sheet, and laid
 * out, then dropped. In a cold JVM the main window's first build and first CSS and layout pass are most of the time
 * from Enter to the list's rows (issue 14): this runs the same JavaFX code once beforehand (skins made, style sheets
 * matched, classes initialised, the interpreter's first counts taken), on the JavaFX thread as it must, in small
 * steps queued one after the other (build, style, lay out; each part twice) so that a keystroke waits at most one
 * step. It touches no data and no service; its text is never shown.
 */
final class WindowRehearsal {
    private static final int ROWS = 20;
    private static final int AFTER_FIRST_FRAME_MILLIS = 200;
    private static final double WIDTH = 1360;
    private static final double HEIGHT = 820;

    private final CompletableFuture<Boolean> done = new CompletableFuture<>();
    private final List<Runnable> steps = new ArrayList<>();
    private volatile int ran;

    private WindowRehearsal() {
        List<Supplier<Parent>> parts = List.of(WindowRehearsal::menusAndToolBar, WindowRehearsal::table,
                WindowRehearsal::editor);
        for (int pass = 0; pass < 2; pass++) { // twice: the second pass is much shorter, and counts
            for (Supplier<Parent> part : parts) {
                Parent[] root = new Parent[1];
                steps.add(() -> root[0] = inScene(part.get()));
                steps.add(() -> root[0].applyCss());
                steps.add(() -> root[0].layout());
            }
        }
    }

    /**
     * Starts the rehearsal {@value #AFTER_FIRST_FRAME_MILLIS} ms from now, so that the renderer draws the first frame
     * (laid out just now) without the rehearsal on the other core. On the JavaFX thread.
     */
    static WindowRehearsal startSoon() {
        WindowRehearsal rehearsal = new WindowRehearsal();
        PauseTransition wait = new PauseTransition(Duration.millis(AFTER_FIRST_FRAME_MILLIS));
        wait.setOnFinished(e -> rehearsal.next(0));
        wait.play();
        return rehearsal;
    }

    /** Queues the rehearsal's first step on the JavaFX thread at once; each step queues the next. */
    static WindowRehearsal start() {
        WindowRehearsal rehearsal = new WindowRehearsal();
        rehearsal.next(0);
        return rehearsal;
    }

    /**
     * Skips the steps not run yet: the person signed in before the rehearsal ended, and the real window is being
     * built. On the JavaFX thread.
     */
    void stop() {
        done.cancel(false);
    }

    /** Completes after the last step, true when every step ran; cancelled by {@link #stop}. */
    CompletableFuture<Boolean> finished() {
        return done;
    }

    /** How many steps ran. */
    int stepsRun() {
        return ran;
    }

    int steps() {
        return steps.size();
    }

    private void next(int index) {
        if (index == steps.size()) {
            done.complete(true);
            return;
        }
        Platform.runLater(() -> {
            if (done.isDone()) {
                return; // stopped
            }
            try {
                steps.get(index).run();
                ran++;
            } catch (RuntimeException e) {
                done.complete(false); // a rehearsal only saves time: the real window is built either way
                return;
            }
            next(index + 1);
        });
    }

    /** {@code root} in a scene that is never shown, styled as the main window is. */
    private static Parent inScene(Parent root) {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(WindowRehearsal.class.getResource("main/main.css").toExternalForm());
        return root;
    }

    private static Parent menusAndToolBar() {
        MenuBar menus = new MenuBar();
        for (int m = 0; m < 6; m++) {
            Menu menu = new Menu("Menu " + m);
            menu.getItems().addAll(new MenuItem("Élément"), new CheckMenuItem("Coché"), new SeparatorMenuItem(),
                    new MenuItem("Autre…"));
            menus.getMenus().add(menu);
        }
        ToolBar tools = new ToolBar();
        for (int b = 0; b < 8; b++) {
            Button button = new Button("Bouton " + b);
            button.setTooltip(new Tooltip("Aide"));
            tools.getItems().add(button);
        }
        tools.getItems().addAll(new Separator(), new Label("À relire (0)"), new TextField());
        StatusBar status = new StatusBar();
        status.setText("Prêt");
        status.getRightItems().add(new Label("Connecté"));
        BorderPane root = new BorderPane();
        root.setId("mainWindow");
        root.setTop(new VBox(menus, tools));
        root.setBottom(status);
        return root;
    }

    private static Parent table() {
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < 7; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>("Colonne " + c);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
            table.getColumns().add(col);
        }
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            String[] row = new String[7];
            for (int c = 0; c < row.length; c++) {
                row[c] = "Le Ministre a reçu en audience " + r + "-" + c;
            }
            rows.add(row);
        }
        table.setItems(FXCollections.observableList(rows));
        TabPane tabs = new TabPane(new Tab("Liste", new VBox(new TextField(), table)), new Tab("Recherche",
                new VBox(new TextField(), new FlowPane(new Label("Étiquette"), new Button("Filtre")))));
        return new BorderPane(tabs);
    }

    private static Parent editor() {
        GridPane fields = new GridPane();
        fields.addRow(0, new Label("Titre"), new TextField("Audience"));
        fields.addRow(1, new Label("Genre"), new ComboBox<>(FXCollections.observableArrayList("Communiqué",
                "Compte rendu")));
        fields.addRow(2, new Label("Date"), new DatePicker(LocalDate.of(2026, 2, 3)));
        fields.addRow(3, new Label("Lieu"), new TextField("Bamako"), new CheckBox("Embargo"));
        StyleClassedTextArea area = new StyleClassedTextArea(); // the editor's body is one (BodyArea)
        area.setWrapText(true);
        area.replaceText("Le Ministre des Affaires étrangères a reçu en audience ce mardi.\n".repeat(20));
        VirtualizedScrollPane<StyleClassedTextArea> body = new VirtualizedScrollPane<>(area);
        FlowPane tags = new FlowPane(new Button("Mali ×"), new Label("Suggestions"), new Button("Ajouter"),
                new ListView<>(FXCollections.observableArrayList("Mali", "Sénégal", "CEDEAO")));
        VBox editor = new VBox(new HBox(new Button("Enregistrer"), new Button("Soumettre"), new Label("Brouillon")),
                fields, body, tags);
        ScrollPane preview = new ScrollPane(new ImageView(new WritableImage(200, 280)));
        return new BorderPane(new SplitPane(new VBox(new ProgressIndicator(-1)), editor, preview));
    }
}
