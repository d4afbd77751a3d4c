package org.pressdesk.ui.publication;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;

/**
 * The letterhead editor's office box: choosing another office while this one's letterhead has unsaved changes asks
 * first (save, discard, or stay on this office), by the same rule as closing the window.
 */
final class OfficeSwitch {
    private boolean reverting;

    private OfficeSwitch() {
    }

    /** Keeps {@code box} showing the model's office, and switches only after the question when it must ask. */
    static void between(ComboBox<Office> box, LetterheadViewModel model, Messages messages) {
        OfficeSwitch state = new OfficeSwitch();
        box.setValue(model.office().get());
        model.office().addListener((o, was, now) -> state.show(box, now));
        box.valueProperty().addListener((o, was, chosen) -> {
            if (state.reverting || chosen == null || chosen.equals(model.office().get())) {
                return;
            }
            if (!model.hasUnsavedChanges()) {
                model.office().set(chosen);
                return;
            }
            state.show(box, model.office().get()); // the box shows the office being edited until the answer
            // asked once the box's popup has closed: a modal question cannot open inside its selection event
            Platform.runLater(() -> LetterheadUnsaved.ask(model, messages, box.getScene().getWindow(),
                    "letterhead.unsaved.switch", () -> model.office().set(officeCalled(model, chosen))));
        });
    }

    /** The chosen office as the list now holds it (a save just before may have replaced this one's entry). */
    private static Office officeCalled(LetterheadViewModel model, Office chosen) {
        return model.offices().stream().filter(o -> o.id() == chosen.id()).findFirst().orElse(chosen);
    }

    private void show(ComboBox<Office> box, Office office) {
        reverting = true;
        try {
            box.setValue(office);
        } finally {
            reverting = false;
        }
    }
}
