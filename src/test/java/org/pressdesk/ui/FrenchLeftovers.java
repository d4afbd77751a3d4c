package org.pressdesk.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;
import org.pressdesk.i18n.Messages;

/**
 * Finds French left in a window of the English interface: every visible text (labels, buttons, column headers,
 * prompts, tooltips, menus) that is the French text of a message whose English differs, or that reads as French
 * (its words or its accents). Data is not the interface: the rows of lists and tables, what fields hold, and the
 * sample names of the tests ({@link #DATA}) are left out. Call it on the JavaFX thread after a layout pass.
 */
public final class FrenchLeftovers {
    /** Names and sample text that the tests' data writes in French, and language names written in their language. */
    private static final List<String> DATA = List.of("Bureau de l’Information et de la Presse", "BIP/MAECI",
            "Awa Sangaré", "Moussa Coulibaly", "Français", "RÉPUBLIQUE DU MALI", "Un Peuple – Un But – Une Foi",
            "Ministère des Affaires étrangères", "Audience du Ministre", "Visite du Ministre", "Bamako",
            "Cellule de communication", "bip-maeci-2026.txt", "Le Ministre", "l’Ambassadeur");
    private static final Pattern FRENCH_WORDS = Pattern.compile(
            "(?i)(^|[\\s(«])(le|la|les|des|du|au|aux|un|une|et|est|pour|avec|sans|dans|sur|ou|qui|pas|vous|votre)"
                    + "(?=[\\s,.:;!?)»]|$)|\\b(enregistrer|fermer|annuler|rechercher|ajouter|supprimer|fichier"
                    + "|outils|aide|édition|relecture|brouillon|bureau)\\b|[àèùâêîôûçœ]");
    private final Set<String> frenchValues = new HashSet<>();

    public FrenchLeftovers() {
        ResourceBundle french = Messages.forLocale(Locale.FRENCH).bundle();
        ResourceBundle english = Messages.forLocale(Locale.ENGLISH).bundle();
        for (String key : french.keySet()) {
            String value = french.getString(key);
            if (value.length() > 3 && !value.contains("{") && !value.equals(english.getString(key))) {
                frenchValues.add(value);
            }
        }
    }

    /** One line per French text {@code window} shows: where it is and what it reads. */
    public List<String> in(Window window) {
        List<String> found = new ArrayList<>();
        if (window.getScene() != null) {
            walk(window.getScene().getRoot(), found);
        }
        return found;
    }

    /** Whether {@code text} reads as French rather than English (data names aside). */
    public boolean french(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (DATA.contains(text)) {
            return false;
        }
        if (frenchValues.contains(text)) {
            return true;
        }
        String rest = text;
        for (String data : DATA) {
            rest = rest.replace(data, " ");
        }
        // "communiqué" is English too; a date or a number is neither
        rest = rest.replaceAll("(?i)communiqués?", " ");
        return FRENCH_WORDS.matcher(rest).find();
    }

    private void walk(Node node, List<String> found) {
        if (!node.isVisible() || node instanceof VirtualFlow<?>) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), node, "text", found);
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), node, "prompt", found);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            check(control.getTooltip().getText(), node, "tooltip", found);
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> menu(menu, found));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, found));
        }
    }

    private void menu(MenuItem item, List<String> found) {
        if (item.isVisible()) {
            check(item.getText(), null, "menu " + item.getId(), found);
            if (item instanceof Menu menu) {
                menu.getItems().forEach(child -> menu(child, found));
            }
        }
    }

    private void check(String text, Node node, String what, List<String> found) {
        if (french(text)) {
            String id = node == null ? "" : node.getId() != null ? "#" + node.getId()
                    : node.getClass().getSimpleName();
            found.add(id + " " + what + ": \"" + text + "\"");
        }
    }
}
