package org.pressdesk.archive;

/** Hears how far an import has gone, and may ask it to stop (everything is then rolled back). */
public interface ImportProgress {

    void progressed(int done, int total);

    boolean cancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progressed(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
