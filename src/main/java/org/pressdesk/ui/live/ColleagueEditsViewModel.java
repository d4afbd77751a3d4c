package org.pressdesk.ui.live;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pressdesk.domain.Communique;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.editor.EditorViewModel;
import org.pressdesk.ui.task.TaskRunner;

/**
 * Keeps the open editor in step with colleagues. When someone else saves, submits or approves the communiqué open
 * here, an editor without unsaved changes shows the new state at once and says who changed it; one with unsaved
 * changes keeps them and shows a notice ("Modifié par … à …") from which the conflict choice can be made now.
 * It is offered again at the save, which a newer version refuses: nothing is ever overwritten silently.
 */
public final class ColleagueEditsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final EditorViewModel editor;
    private final CommuniqueService communiques;
    private final TaskRunner persistence;
    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Communique> theirs = new ReadOnlyObjectWrapper<>();

    public ColleagueEditsViewModel(EditorViewModel editor, CommuniqueService communiques, TaskRunner persistence,
            Messages messages, ZoneId zone) {
        this.editor = editor;
        this.communiques = communiques;
        this.persistence = persistence;
        this.messages = messages;
        this.zone = zone;
        // opening another communiqué, saving, or taking their text ends the notice
        editor.stored().addListener((o, was, now) -> {
            Communique notice = theirs.get();
            if (notice != null && (now == null || now.id() != notice.id() || now.version() >= notice.version())) {
                theirs.set(null);
            }
        });
    }

    /** Colleagues committed changes: reads the open communiqué again (off the JavaFX thread) if one is open. */
    public void othersChanged() {
        Communique open = editor.stored().get();
        if (open == null) {
            return;
        }
        persistence.run(() -> communiques.get(open.id()), this::compare, Failures::logIfUnexpected);
    }

    /** Compares the stored state read just now with what the editor holds. */
    void compare(Communique latest) {
        Communique open = editor.stored().get();
        if (open == null || open.id() != latest.id() || latest.version() <= open.version()) {
            return;
        }
        if (!editor.dirty().get() && !editor.busy().get()) {
            editor.display(latest);
            editor.report(messages.get("editor.live.reloaded", latest.revision(), latest.updated().displayName(),
                    time(latest)));
        } else {
            theirs.set(latest);
        }
    }

    /** The notice's button: the conflict choice about the colleague's version, now. */
    public void chooseNow() {
        Communique newer = theirs.get();
        if (newer != null) {
            editor.offerConflict(newer);
        }
    }

    /** The notice's text, empty when there is none. */
    public String noticeText() {
        Communique newer = theirs.get();
        return newer == null ? "" : messages.get("editor.live.changedMeanwhile", newer.updated().displayName(),
                time(newer), newer.revision());
    }

    /** The colleague's newer state while the editor holds unsaved changes of an older one; null otherwise. */
    public ReadOnlyObjectProperty<Communique> theirs() {
        return theirs.getReadOnlyProperty();
    }

    private String time(Communique communique) {
        return TIME.format(communique.updated().at().atZone(zone));
    }
}
