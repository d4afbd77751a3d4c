package org.pressdesk.ui.main;

import java.util.Objects;
import java.util.function.Consumer;
import org.pressdesk.domain.Role;

/**
 * One line of a main window's menus, as a feature declares it: which menu, the control's id (tests and
 * screen readers find it), the bundle key of its text, its keyboard accelerator (or none) and what it does. An
 * entry may be shown only to a role ({@link #shownTo}) or shown to all but usable only by a role
 * ({@link #enabledFor}). The menus show the entries in the order of the list that declares them.
 *
 * @param toggle for a check item, what to do when it is ticked or unticked; {@code null} otherwise
 */
public record MenuEntry(MainMenu menu, Kind kind, String id, String labelKey, String accelerator, Runnable action,
        Consumer<Boolean> toggle, Role shownTo, Role enabledFor) {

    /** What the entry is on screen. */
    public enum Kind { ITEM, CHECK, SEPARATOR }

    public MenuEntry {
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(kind, "kind");
    }

    /** An item that runs {@code action}; {@code accelerator} as {@code KeyCombination} writes it, or null. */
    public static MenuEntry item(MainMenu menu, String id, String labelKey, String accelerator, Runnable action) {
        return new MenuEntry(menu, Kind.ITEM, id, labelKey, accelerator, Objects.requireNonNull(action), null, null,
                null);
    }

    /** A check item, ticked at first, that calls {@code toggle} with its new state. */
    public static MenuEntry check(MainMenu menu, String id, String labelKey, String accelerator,
            Consumer<Boolean> toggle) {
        return new MenuEntry(menu, Kind.CHECK, id, labelKey, accelerator, null, Objects.requireNonNull(toggle), null,
                null);
    }

    /** A line between two groups of items. */
    public static MenuEntry separator(MainMenu menu) {
        return new MenuEntry(menu, Kind.SEPARATOR, null, null, null, null, null, null, null);
    }

    /** The same entry, left out of the menu for anyone without {@code role}. */
    public MenuEntry shownTo(Role role) {
        return new MenuEntry(menu, kind, id, labelKey, accelerator, action, toggle, role, enabledFor);
    }

    /** The same entry, greyed out for anyone without {@code role}. */
    public MenuEntry enabledFor(Role role) {
        return new MenuEntry(menu, kind, id, labelKey, accelerator, action, toggle, shownTo, role);
    }
}
