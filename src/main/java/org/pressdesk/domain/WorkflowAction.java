package org.pressdesk.domain;

/** What can be done to a communiqué in the review workflow. */
public enum WorkflowAction {
    /** Save new content as a revision. */
    EDIT,
    /** Brouillon → En relecture. */
    SUBMIT,
    /** En relecture → Brouillon, by its author. */
    WITHDRAW,
    /** En relecture → Brouillon, by a manager, with a comment saying what to change. */
    REQUEST_CHANGES,
    /** En relecture → Approuvé: freezes the current revision. */
    APPROVE,
    /** Approuvé → Publié: the final export is released. */
    PUBLISH,
    /** Publié → Archivé. */
    ARCHIVE,
    /** "Modifier": an approved, published or archived text gets a new draft; the approved revision still exports. */
    REOPEN,
    /** Add a comment to the thread. */
    COMMENT
}
