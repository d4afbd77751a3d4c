package org.pressdesk.ui.encryption;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the Chiffrer la base screen asks of the application, which owns the session's database: the two background
 * steps (check the password while the database is open; close it and convert it) and the two ways back (the main
 * window, nothing changed; or the folder opened again, which asks for a sign-in).
 */
public interface Conversion {
    /** On a background thread, nothing closed yet: refuses a wrong password or an account that is not administrator. */
    void checkPassword(char[] password);

    /**
     * On a background thread: closes the session's services and database, then converts it (the same service as
     * {@code encrypt}). Returns the recovery key, to be shown once. A failure leaves the plain database as it was.
     */
    String convert(char[] password);

    /** On the JavaFX thread: opens the data folder again; its sign-in comes next. */
    void reopen();

    /** On the JavaFX thread: back to the main window, nothing converted. */
    void cancel();

    /** A conversion made of its four steps, as the application (or a test) wires them. */
    static Conversion of(Consumer<char[]> check, Function<char[], String> convert, Runnable reopen, Runnable cancel) {
        return new Conversion() {
            @Override
            public void checkPassword(char[] password) {
                check.accept(password);
            }

            @Override
            public String convert(char[] password) {
                return convert.apply(password);
            }

            @Override
            public void reopen() {
                reopen.run();
            }

            @Override
            public void cancel() {
                cancel.run();
            }
        };
    }
}
