package org.pressdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.pressdesk.domain.Role;

/** How a feature declares a menu entry, without a toolkit. */
class MenuEntryTest {
    @Test
    void anItemKeepsWhatItWasGivenAndIsForEveryone() {
        Runnable action = () -> { };
        MenuEntry entry = MenuEntry.item(MainMenu.TOOLS, "menuBackups", "menu.tools.backups", "Shortcut+B", action);
        assertThat(entry.kind()).isEqualTo(MenuEntry.Kind.ITEM);
        assertThat(entry.menu()).isEqualTo(MainMenu.TOOLS);
        assertThat(entry.id()).isEqualTo("menuBackups");
        assertThat(entry.labelKey()).isEqualTo("menu.tools.backups");
        assertThat(entry.accelerator()).isEqualTo("Shortcut+B");
        assertThat(entry.action()).isSameAs(action);
        assertThat(entry.shownTo()).isNull();
        assertThat(entry.enabledFor()).isNull();
    }

    @Test
    void rolesNarrowAnEntryWithoutChangingTheRest() {
        MenuEntry entry = MenuEntry.item(MainMenu.TOOLS, "menuAccounts", "menu.tools.accounts", null, () -> { })
                .shownTo(Role.ADMINISTRATOR).enabledFor(Role.MANAGER);
        assertThat(entry.shownTo()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(entry.enabledFor()).isEqualTo(Role.MANAGER);
        assertThat(entry.id()).isEqualTo("menuAccounts");
        assertThat(entry.kind()).isEqualTo(MenuEntry.Kind.ITEM);
    }

    @Test
    void aSeparatorHasOnlyItsMenu() {
        MenuEntry line = MenuEntry.separator(MainMenu.FILE);
        assertThat(line.kind()).isEqualTo(MenuEntry.Kind.SEPARATOR);
        assertThat(line.id()).isNull();
        assertThat(line.action()).isNull();
    }

    @Test
    void anItemWithoutAnActionOrAMenuIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> MenuEntry.item(MainMenu.FILE, "x", "y", null, null));
        assertThatNullPointerException().isThrownBy(() -> MenuEntry.separator(null));
    }

    @Test
    void theMenusKeepTheirOrderIdsAndTexts() {
        assertThat(MainMenu.values()).extracting(MainMenu::id).containsExactly("menuFile", "menuEdit", "menuView",
                "menuReview", "menuTools", "menuHelp");
        assertThat(MainMenu.values()).extracting(MainMenu::labelKey).containsExactly("menu.file", "menu.edit",
                "menu.view", "menu.review", "menu.tools", "menu.help");
    }
}
