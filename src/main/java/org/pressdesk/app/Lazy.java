package org.pressdesk.app;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A service built on first use, once, by whichever thread asks first; the others wait for it. Keeps the PDF engine,
 * Lucene and the tag vocabulary out of a start that does not need them (the command line's {@code list}, the
 * sign-in screen).
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;
    private volatile boolean closed;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = factory.get();
                    value = built;
                }
            }
        }
        return built;
    }

    /** The value if it was built, else null. */
    T ifBuilt() {
        return value;
    }

    /**
     * The value, built if need be, unless {@link #close} came first: work arriving late (a commit heard while the
     * program closes) then builds nothing that no one would close.
     */
    synchronized Optional<T> unlessClosed() {
        return closed ? Optional.empty() : Optional.of(get());
    }

    /** No value is built from now on; returns the one built, if any, for the caller to close. */
    synchronized T close() {
        closed = true;
        return value;
    }
}
