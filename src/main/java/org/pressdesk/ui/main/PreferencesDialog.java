package org.pressdesk.ui.main;

import java.io.IOException;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.common.Converters;
import org.pressdesk.ui.common.UiContext;
import org.pressdesk.ui.common.UiPreferences;

/** This machine's preferences: for now, the interface language, applied at once. */
public final class PreferencesDialog {
    private final UiContext context;
    private final LocalPreferences preferences;
    private final Window owner;

    public PreferencesDialog(UiContext context, LocalPreferences preferences, Window owner) {
        this.context = context;
        this.preferences = preferences;
        this.owner = owner;
    }

    public void showAndApply() {
        Messages messages = context.messages();
        UiLanguage current = preferences.get(UiPreferences.LANGUAGE).map(UiLanguage::valueOf)
                .orElse(UiLanguage.SYSTEM);
        ComboBox<UiLanguage> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(UiLanguage.values());
        language.setConverter(Converters.of(l -> messages.get("preferences.language." + l.name())));
        language.setValue(current);
        Label caption = new Label(messages.get("preferences.language"));
        caption.setLabelFor(language);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.addRow(0, caption, language);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("preferences.title"));
        dialog.getDialogPane().setId("preferencesDialog");
        dialog.getDialogPane().setContent(grid);
        ButtonType apply = new ButtonType(messages.get("preferences.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(apply,
                new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (dialog.showAndWait().orElse(null) == apply && language.getValue() != current) {
            try {
                preferences.put(UiPreferences.LANGUAGE, language.getValue().name());
                context.windows().languageChanged();
            } catch (IOException e) {
                Alerts.error(owner, messages, messages.get("preferences.notSaved"));
            }
        }
    }
}
