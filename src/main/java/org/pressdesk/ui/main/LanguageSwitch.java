package org.pressdesk.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.pressdesk.i18n.Messages;
import org.pressdesk.i18n.UiLanguage;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.ui.common.UiPreferences;
import org.pressdesk.ui.editor.HeldText;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Outils → Préférences, another interface language: each main window of the session is built again in it, showing
 * what it showed: the communiqué open, the text typed into it and not saved yet (still unsaved, in the same
 * autosave slot), the list's filter and chosen rows, the window's place. Nothing typed is dropped, so nothing is
 * asked.
 */
public final class LanguageSwitch {
    private final TaskRunner persistence;

    /** {@code persistence} is the runner that saves and autosaves: its pending work lands before windows change. */
    public LanguageSwitch(TaskRunner persistence) {
        this.persistence = persistence;
    }

    /** The interface language the preferences hold now, {@code system}'s when they name none. */
    public static Messages chosen(LocalPreferences preferences, Locale system) {
        return Messages.forLocale(preferences.get(UiPreferences.LANGUAGE).map(UiLanguage::valueOf)
                .orElse(UiLanguage.SYSTEM).resolve(system));
    }

    /**
     * Closes {@code open} and builds a window in place of each through {@code build} (in the new language), which
     * shows what the old one showed; {@code opened} learns of each new window before it is shown. Unsaved text is
     * written to its autosave slot first, so it is safe even if the program stopped meanwhile.
     */
    public void rebuild(List<MainWindow> open, Supplier<MainWindow> build, Consumer<MainWindow> opened) {
        open.forEach(window -> window.model().editor().flush());
        // saves and autosaves under way land first: what is carried over is what they left
        afterPendingWork(() -> {
            List<Carried> carried = open.stream().map(Carried::of).toList();
            // the first window closes last: the place it leaves is the one a user's next window opens at
            for (int i = open.size() - 1; i >= 0; i--) {
                open.get(i).stage().close();
            }
            // and that place is written before the new windows read it
            afterPendingWork(() -> carried.forEach(each -> each.showIn(build.get(), opened)));
        });
    }

    private void afterPendingWork(Runnable then) {
        persistence.run(() -> Boolean.TRUE, done -> then.run(), failure -> then.run());
    }

    /** What one window showed. */
    private record Carried(HeldText text, String filter, List<Long> rows, Stage stage) {
        static Carried of(MainWindow window) {
            Carried carried = new Carried(window.model().editor().held(), window.model().list().filter().get(),
                    window.selectedIds(), window.stage());
            window.model().editor().flush(); // typed since the first flush: in the slot before the new editor uses it
            return carried;
        }

        void showIn(MainWindow window, Consumer<MainWindow> opened) {
            opened.accept(window);
            window.model().list().filter().set(filter);
            window.model().editor().takeOver(text);
            window.show(false);
            window.selectOnceListed(rows);
            placeLike(stage, window.stage());
        }

        private static void placeLike(Stage old, Stage next) {
            if (old.isMaximized()) {
                next.setMaximized(true);
                return;
            }
            next.setMaximized(false);
            next.setX(old.getX());
            next.setY(old.getY());
            next.setWidth(old.getWidth());
            next.setHeight(old.getHeight());
        }
    }
}
