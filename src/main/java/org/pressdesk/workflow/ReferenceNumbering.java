package org.pressdesk.workflow;

import java.time.Instant;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.References;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.ReferenceCounterRepository;

/**
 * Gives a communiqué its reference at its first approval: the next number of its office in the year of the
 * approval, in the office's time zone. Called inside the approval's transaction, so a failed approval takes no
 * number; a communiqué approved again keeps the reference it has.
 */
public final class ReferenceNumbering {
    private final ReferenceCounterRepository counters;
    private final OfficeRepository offices;
    private final CommuniqueRepository communiques;

    public ReferenceNumbering(ReferenceCounterRepository counters, OfficeRepository offices,
            CommuniqueRepository communiques) {
        this.counters = counters;
        this.offices = offices;
        this.communiques = communiques;
    }

    void assign(Communique approved, Instant at) {
        if (approved.reference() != null) {
            return;
        }
        long officeId = approved.content().officeId();
        Office office = offices.findById(officeId).orElseThrow(() -> new NotFoundException("office.notFound",
                officeId));
        int year = at.atZone(office.timeZone()).getYear();
        String reference = References.format(year, counters.next(office.id(), year), office.code());
        while (communiques.referenceTaken(reference)) {
            // a number this office's counter has not given here, but a communiqué received from another
            // installation already holds: what left an office is never renumbered, so this one takes the next
            reference = References.format(year, counters.next(office.id(), year), office.code());
        }
        communiques.assignReference(approved.id(), reference);
    }
}
