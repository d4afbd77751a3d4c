package org.pressdesk.ui.publication;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.pressdesk.domain.Logo;
import org.pressdesk.i18n.Messages;

/** A letterhead's logo as a form shows it: choose an image, remove it, and what is there now. */
public final class LogoRow {

    private LogoRow() {
    }

    /** The row for {@code logo}; {@code chooseLogo} asks for a file and checks it before setting it. */
    public static HBox of(ObjectProperty<Logo> logo, Messages messages, Runnable chooseLogo) {
        Label state = new Label();
        state.setId("logoState");
        state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Aucun logo" whole; the row grows instead
        state.textProperty().bind(Bindings.createStringBinding(() -> logo.get() == null
                ? messages.get("letterhead.logo.none")
                : messages.get("letterhead.logo.some", logo.get().size() / 1024 + 1), logo));
        Button choose = new Button(messages.get("letterhead.logo.choose"));
        choose.setId("logoChoose");
        choose.setOnAction(e -> chooseLogo.run());
        Button remove = new Button(messages.get("letterhead.logo.remove"));
        remove.setId("logoRemove");
        remove.setOnAction(e -> logo.set(null));
        remove.disableProperty().bind(logo.isNull());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, choose, remove, state);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
