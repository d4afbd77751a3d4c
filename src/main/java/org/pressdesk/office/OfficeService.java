package org.pressdesk.office;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pressdesk.audit.AuditTrail;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.domain.NotFoundException;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.Database;
import org.pressdesk.store.OfficeRepository;
import org.pressdesk.store.SettingsRepository;

/** The issuing offices known here, and which one new communiqués sign by default. */
public final class OfficeService {
    static final String DEFAULT_OFFICE = "office.default";
    private static final int MAX_CODE_LENGTH = 60;

    private final Database database;
    private final OfficeRepository offices;
    private final SettingsRepository settings;
    private final AuditTrail audit;
    private final Clock clock;

    public OfficeService(Database database, OfficeRepository offices, SettingsRepository settings, AuditTrail audit,
            Clock clock) {
        this.database = database;
        this.offices = offices;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Office> list() {
        return offices.list();
    }

    public Optional<Office> find(long id) {
        return offices.findById(id);
    }

    public Optional<Office> findByCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : offices.findByCode(code);
    }

    /** The office with that code, or a refusal that lists the codes known here. */
    public Office requireByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("office.unknown", code == null ? "" : code,
                offices.list().stream().map(Office::code).collect(Collectors.joining(", "))));
    }

    /** The office new communiqués sign by default: the one set as default, else the first created. */
    public Optional<Office> defaultOffice() {
        Optional<Office> chosen = settings.get(DEFAULT_OFFICE).flatMap(code -> offices.findByCode(code));
        if (chosen.isPresent()) {
            return chosen;
        }
        return offices.list().stream().min((a, b) -> Long.compare(a.id(), b.id()));
    }

    public void setDefault(UserAccount actor, Office office) {
        requireAdministrator(actor);
        settings.put(DEFAULT_OFFICE, office.code());
    }

    public Office create(UserAccount actor, String code, String name, Office.Letterhead letterhead, ZoneId zone) {
        requireAdministrator(actor);
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty() || cleanCode.length() > MAX_CODE_LENGTH) {
            throw new PressDeskException("office.invalidCode", MAX_CODE_LENGTH);
        }
        String cleanName = name == null || name.isBlank() ? cleanCode : name.strip();
        return database.inTransaction(() -> {
            if (offices.findByCode(cleanCode).isPresent()) {
                throw new PressDeskException("office.exists", cleanCode);
            }
            Office office = offices.insert(UUID.randomUUID(), cleanCode, cleanName,
                    letterhead == null ? Office.Letterhead.empty() : letterhead, zone, clock.instant());
            audit.record(actor, AuditKind.OFFICE_CREATED, null, "office=" + office.code());
            return office;
        });
    }

    /** Saves an edited office; refused if someone else changed it since it was read. */
    public Office update(UserAccount actor, Office edited) {
        requireAdministrator(actor);
        if (edited.letterhead().endMark().length() > Office.Letterhead.MAX_END_MARK_LENGTH) {
            throw new PressDeskException("office.endMarkTooLong", Office.Letterhead.MAX_END_MARK_LENGTH);
        }
        return database.inTransaction(() -> {
            if (!offices.update(edited, clock.instant())) {
                throw new PressDeskException("office.changedMeanwhile", edited.code());
            }
            audit.record(actor, AuditKind.OFFICE_CHANGED, null, "office=" + edited.code());
            return offices.findById(edited.id()).orElseThrow();
        });
    }

    private static void requireAdministrator(UserAccount actor) {
        if (actor == null || !actor.can(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("permission.administratorOnly");
        }
    }
}
