package org.pressdesk.account;

import java.security.SecureRandom;

/** Random passwords an administrator hands over after a reset: easy to read aloud, no 0/O or 1/l/I to confuse. */
final class NewPasswords {
    static final int LENGTH = 14;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewPasswords() {
    }

    static char[] random() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
