package org.pressdesk.app;

import java.nio.file.Path;
import org.pressdesk.account.KeySlotKeeper;
import org.pressdesk.store.keys.DataKey;
import org.pressdesk.store.keys.KeySlots;

/**
 * The key slots of the open encrypted database and the data key that opened it, held for the session so that an
 * administrator can give a new account its slot. Every change rewrites the slot file at once.
 */
final class SessionKeySlots implements KeySlotKeeper, AutoCloseable {
    private final Path folder;
    private final KeySlots slots;
    private final DataKey key;

    SessionKeySlots(Path folder, KeySlots slots, DataKey key) {
        this.folder = folder;
        this.slots = slots;
        this.key = key;
    }

    @Override
    public synchronized void accountAdded(String username, char[] password) {
        slots.put(username, password, key);
        slots.save(folder);
    }

    @Override
    public synchronized void passwordChanged(String username, char[] password) {
        slots.put(username, password, key);
        slots.save(folder);
    }

    @Override
    public synchronized void accountRemoved(String username) {
        slots.remove(username);
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
