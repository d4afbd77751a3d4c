package org.pressdesk.ui.editor;

/** What an editor chooses when someone else saved the same communiqué meanwhile. */
public enum ConflictChoice {
    /** Save my text as the next revision; the other person's revision stays in the history. */
    KEEP_MINE,
    /** Load the stored text; mine is dropped. */
    TAKE_THEIRS,
    /** Save my text as a separate new communiqué and leave the other untouched. */
    SAVE_AS_NEW,
    /** Decide later: nothing is saved, my text stays in the editor. */
    CANCEL
}
