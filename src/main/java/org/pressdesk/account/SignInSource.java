package org.pressdesk.account;

/**
 * Where a sign-in attempt comes from, for throttling: attempts from one source are slowed together whatever names
 * they try. On a desktop the source is the operating-system account running PressDesk (the window and the command
 * line alike, so that a guesser cannot switch between them); a front end reached over a network would name the
 * remote address.
 */
public record SignInSource(String id) {
    public SignInSource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a sign-in source needs an id");
        }
    }

    /** The operating-system account this program runs under. */
    public static SignInSource thisComputer() {
        return new SignInSource("local:" + System.getProperty("user.name", "?"));
    }
}
