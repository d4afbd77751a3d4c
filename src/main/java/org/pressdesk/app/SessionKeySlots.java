package org.pressdesk.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.pressdesk.account.KeySlotKeeper;
import org.pressdesk.store.keys.DataKey;
import org.pressdesk.store.keys.KeySlots;

/**
 * The key slots of the open encrypted database and the data key that opened it, held for the session so that an
 * administrator can give a new account its slot. Each change re-reads the slot file first (another PressDesk process
 * may have changed it since) and rewrites it at once.
 */
final class SessionKeySlots implements KeySlotKeeper, AutoCloseable {
    private final Path folder;
    private final int iterations;
    private final DataKey key;
    private final SecureRandom random = new SecureRandom();

    SessionKeySlots(Path folder, int iterations, DataKey key) {
        this.folder = folder;
        this.iterations = iterations;
        this.key = key;
    }

    @Override
    public void accountAdded(String username, char[] password) {
        change(slots -> slots.put(username, password, key));
    }

    @Override
    public void passwordChanged(String username, char[] password) {
        change(slots -> slots.put(username, password, key));
    }

    @Override
    public void passwordChanging(String username, char[] password) {
        change(slots -> slots.putNext(username, password, key));
    }

    @Override
    public void accountRemoved(String username) {
        change(slots -> slots.remove(username));
    }

    /** Seals the data key for headquarters with {@code seal}, replacing an earlier seal. */
    void sealForHeadquarters(UnaryOperator<byte[]> seal) {
        change(slots -> slots.sealForHeadquarters(key, seal));
    }

    private synchronized void change(Consumer<KeySlots> edit) {
        KeySlots slots = KeySlots.load(folder, iterations, random);
        edit.accept(slots);
        slots.save(folder);
    }

    /** The key this session opened the database with, to open its backups' copies. */
    DataKey key() {
        return key;
    }

    @Override
    public void close() {
        key.close();
    }
}
