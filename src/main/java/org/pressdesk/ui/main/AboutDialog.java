package org.pressdesk.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pressdesk.app.LogSetup;
import org.pressdesk.app.Version;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Alerts;

/**
 * "À propos": the version, where the data and the log live, and the licences of what PressDesk bundles (the
 * notices under "Afficher les détails"). The notices are a resource of PressDesk's own jar, read like its
 * bundles and style sheets; installers also say where the full licence texts are ({@value #LEGAL_DIR}).
 */
public final class AboutDialog {
    /** Set by the installers' launchers to the folder that holds the notices and the full licence texts. */
    static final String LEGAL_DIR = "pressdesk.legalDir";
    static final String NOTICES = "/org/pressdesk/legal/THIRD-PARTY-NOTICES.txt";

    private final Messages messages;
    private final Path dataDirectory;
    private final Window owner;

    public AboutDialog(Messages messages, Path dataDirectory, Window owner) {
        this.messages = messages;
        this.dataDirectory = dataDirectory;
        this.owner = owner;
    }

    public void show() {
        Alert alert = Alerts.create(owner, Alert.AlertType.INFORMATION, messages,
                messages.get("about.header", Version.current()),
                messages.get("about.text", dataDirectory,
                        System.getProperty(LogSetup.PROPERTY, ""), System.getProperty("java.version")));
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().getStylesheets().add(AboutDialog.class.getResource("about.css").toExternalForm());
        alert.getDialogPane().setExpandableContent(licences(messages));
        alert.showAndWait();
    }

    private static Node licences(Messages messages) {
        TextArea notices = new TextArea(notices().orElse(messages.get("about.licences.missing")));
        notices.setId("aboutLicences");
        notices.setEditable(false);
        notices.setPrefRowCount(18);
        notices.setPrefColumnCount(100);
        notices.setAccessibleText(messages.get("about.licences.intro"));
        VBox box = new VBox(8, new Label(messages.get("about.licences.intro")));
        String legal = System.getProperty(LEGAL_DIR);
        if (legal != null && Files.isDirectory(Path.of(legal))) {
            Label folder = new Label(messages.get("about.licences.folder", legal));
            folder.setId("aboutLegalFolder");
            box.getChildren().add(folder);
        }
        box.getChildren().add(notices);
        VBox.setVgrow(notices, Priority.ALWAYS);
        return box;
    }

    static Optional<String> notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(NOTICES)) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
