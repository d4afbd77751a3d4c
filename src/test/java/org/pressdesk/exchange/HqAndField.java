package org.pressdesk.exchange;

import java.nio.file.Path;
import org.pressdesk.testing.MutableClock;

/** Headquarters and one field office on one clock, each holding the other's certificate: where most tests start. */
final class HqAndField implements AutoCloseable {
    final MutableClock clock = new MutableClock();
    final Installation hq;
    final Installation field;

    HqAndField(Path root) {
        hq = Installation.open(root, "hq", true, clock);
        field = Installation.open(root, "field", false, clock);
        Installation.pair(hq, field);
    }

    @Override
    public void close() {
        hq.close();
        field.close();
    }
}
