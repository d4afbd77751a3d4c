package org.pressdesk.ui.server;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.common.Buttons;

/** The sign-in screen's line that says which server it connects to, with the way back to a local database. */
public final class ServerBar extends HBox {

    public ServerBar(ServerChoice server, Messages messages, Runnable onForget) {
        getStyleClass().add("server-bar");
        getStylesheets().add(ServerBar.class.getResource("server.css").toExternalForm());
        setId("serverBar");
        setAlignment(Pos.CENTER_LEFT);
        String security = server.caFile() == null ? messages.get("server.bar.tlsIfOffered")
                : messages.get("server.bar.tlsVerified", server.caFile().getFileName());
        Label where = new Label(messages.get("server.bar.where", server.address(), server.user(), security));
        where.setId("serverWhere");
        where.setWrapText(true);
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        Button forget = Buttons.of("serverForget", messages.get("server.bar.forget"), onForget);
        forget.setMinWidth(Region.USE_PREF_SIZE); // the address wraps; the way back stays readable
        getChildren().addAll(where, forget);
    }
}
