package org.pressdesk.ui.review;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The reason a decision button is unavailable, as its tooltip. A disabled control receives no mouse events, so the
 * tooltip sits on a pane around it as well; screen readers get the reason as the button's help text.
 */
final class ApproveReason {
    private ApproveReason() {
    }

    static StackPane around(Button button, ObservableStringValue reason) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(reason);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        StackPane holder = new StackPane(button);
        holder.setId(button.getId() + "Holder");
        reason.addListener((o, was, now) -> show(button, holder, tip, now));
        show(button, holder, tip, reason.get());
        return holder;
    }

    private static void show(Button button, StackPane holder, Tooltip tip, String reason) {
        boolean explained = reason != null && !reason.isBlank();
        button.setTooltip(explained ? tip : null);
        Tooltip.uninstall(holder, tip);
        if (explained) {
            Tooltip.install(holder, tip);
        }
        button.setAccessibleHelp(explained ? reason : null);
    }
}
