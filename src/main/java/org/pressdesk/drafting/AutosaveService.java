package org.pressdesk.drafting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.AutosaveRepository;

/**
 * Keeps what an editor typed but has not saved, so that a crash costs at most the last seconds of typing. An
 * autosave is not a revision: it is replaced at each pause and removed by an explicit save.
 */
public final class AutosaveService {
    private final AutosaveRepository autosaves;
    private final Clock clock;

    public AutosaveService(AutosaveRepository autosaves, Clock clock) {
        this.autosaves = autosaves;
        this.clock = clock;
    }

    public AutosavedDraft store(UserAccount actor, UUID draftUuid, Long communiqueId, Integer baseVersion,
            CommuniqueContent content) {
        AutosavedDraft draft = new AutosavedDraft(draftUuid, communiqueId, baseVersion, content, clock.instant());
        autosaves.put(actor.id(), draft);
        return draft;
    }

    public void discard(UUID draftUuid) {
        autosaves.delete(draftUuid);
    }

    /** The signed-in user's unsaved drafts, to reopen after a crash. */
    public List<AutosavedDraft> pending(UserAccount actor) {
        return autosaves.forUser(actor.id());
    }
}
