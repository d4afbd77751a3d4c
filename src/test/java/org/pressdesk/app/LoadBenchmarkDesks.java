package org.pressdesk.app;

/** What the load benchmark (package {@code bench}) may do to its simulated desktops beyond the public services. */
public final class LoadBenchmarkDesks {
    private LoadBenchmarkDesks() {
    }

    /** The desktop indexes none of the commits it hears from now on (see {@link AppServices#keepNoSearchIndex}). */
    public static void keepNoSearchIndex(AppServices desk) {
        desk.keepNoSearchIndex();
    }
}
