package org.pressdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** A field and its model's text stay equal whichever of them changes, each change made once. */
class TextLinkTest {
    private final StringProperty field = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("redaction");

    @Test
    void theFieldStartsWithTheModelsTextThenEachFollowsTheOther() {
        List<String> modelChanges = new ArrayList<>();
        TextLink.bothWays(field, model);
        model.addListener((o, was, now) -> modelChanges.add(now));

        assertThat(field.get()).isEqualTo("redaction");
        field.set("chef.presse");
        assertThat(model.get()).isEqualTo("chef.presse");
        model.set("");
        assertThat(field.get()).isEmpty();
        assertThat(modelChanges).containsExactly("chef.presse", "");
    }
}
