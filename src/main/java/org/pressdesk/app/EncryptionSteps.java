package org.pressdesk.app;

/**
 * The named moments of a conversion to an encrypted database, in their order, told as each is reached: the kill
 * trials wait for one of them so that their SIGKILL lands inside the conversion and not before or after it. The
 * program itself listens to none ({@link #NONE}).
 */
@FunctionalInterface
public interface EncryptionSteps {
    /** The plain file is about to be copied into the stage folder. */
    String COPYING = "copying";
    /** The stage holds a whole plain copy, about to be encrypted in place. */
    String ENCRYPTING = "encrypting";
    /** The encrypted copy opened with the new key and holds what the original held; no key slot yet. */
    String CHECKED = "checked";
    /** The key slots are on disk (the point of no return); the original is still in its place. */
    String SLOTS_WRITTEN = "slots-written";
    /** The original was moved aside as the plain copy; the encrypted one is not yet in its place. */
    String ORIGINAL_MOVED = "original-moved";
    /** The encrypted copy is in place; the stage folder and the plain index are not yet removed. */
    String SWAPPED = "swapped";

    /** Listens to nothing. */
    EncryptionSteps NONE = step -> { };

    /** Called on the converting thread when {@code step} is reached, before the work that follows it. */
    void reached(String step);
}
