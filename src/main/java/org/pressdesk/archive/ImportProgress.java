package org.pressdesk.archive;

/** Hears how far an import has gone; stopping it is the {@link org.pressdesk.domain.Cancellation} passed beside. */
@FunctionalInterface
public interface ImportProgress {

    void progressed(int done, int total);

    ImportProgress NONE = (done, total) -> { };
}
