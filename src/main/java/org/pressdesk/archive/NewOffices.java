package org.pressdesk.archive;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PermissionDeniedException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.office.OfficeService;

/**
 * The offices an import names: known ones by code, and new ones (proposed by a signature and kept by the user)
 * created through the office service, once each, with the default office's time zone. Creating offices is an
 * administrator's right, checked before anything is written.
 */
public final class NewOffices {
    /** The preview's notice of an unknown signature, and its wording for someone who may not create offices. */
    public static final String NEW_OFFICE = "archive.warning.newOffice";
    public static final String NEW_OFFICE_NEEDS_ADMINISTRATOR = "archive.warning.newOfficeNeedsAdministrator";

    private final OfficeService offices;

    public NewOffices(OfficeService offices) {
        this.offices = offices;
    }

    /** Whether {@code actor} may keep items naming an office not known here: only an administrator creates one. */
    public static boolean mayCreate(UserAccount actor) {
        return actor.can(Role.ADMINISTRATOR);
    }

    /**
     * The notice as {@code actor} must read it: an unknown signature "will be created" only for someone who may
     * create offices; anyone else is told to choose an existing office, as the import would refuse otherwise.
     */
    public static Notice wordedFor(UserAccount actor, Notice notice) {
        if (NEW_OFFICE.equals(notice.key()) && !mayCreate(actor)) {
            return Notice.warning(NEW_OFFICE_NEEDS_ADMINISTRATOR, notice.arguments().toArray());
        }
        return notice;
    }

    void checkAllowed(UserAccount actor, List<ImportChoice> choices) {
        TreeSet<String> missing = choices.stream().map(ImportChoice::officeCode).distinct()
                .filter(code -> offices.findByCode(code).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty() && !mayCreate(actor)) {
            throw new PermissionDeniedException("archive.import.newOfficeNeedsAdministrator",
                    String.join(", ", missing));
        }
    }

    /**
     * The office the choice names, created first if it is new. {@code known} remembers the offices met in this
     * import by code key; the codes of offices created are added to {@code created}.
     */
    Office resolve(UserAccount actor, ImportChoice choice, Map<String, Office> known, List<String> created) {
        String key = Office.codeKey(choice.officeCode());
        Office office = known.get(key);
        if (office == null) {
            office = offices.findByCode(choice.officeCode()).orElse(null);
            if (office == null) {
                office = create(actor, choice);
                created.add(office.code());
            }
            known.put(key, office);
        }
        return office;
    }

    private Office create(UserAccount actor, ImportChoice choice) {
        OfficeMatch proposed = choice.source().item().understanding().office();
        String name = proposed != null && proposed.isNew() && Office.codeKey(proposed.code())
                .equals(Office.codeKey(choice.officeCode())) ? proposed.name() : choice.officeCode().strip();
        ZoneId zone = offices.defaultOffice().map(Office::timeZone).orElse(ZoneOffset.UTC);
        return offices.create(actor, choice.officeCode().strip(), name, Office.Letterhead.empty(), zone);
    }
}
