package org.pressdesk.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.AutosavedDraft;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.UserAccount;

/**
 * After a kill: does the data folder hold everything the killed session reported? Every save with its revision,
 * the newest autosaved text of every draft not saved since, one communiqué per title, a search index that agrees
 * with the database once the start-up check ran, and an intact audit chain. Returns the problems, none when all is
 * well.
 */
public final class CrashCheck {
    private static final Pattern STEP = Pattern.compile("étape (\\d+)");

    private CrashCheck() {
    }

    public static List<String> problems(AppServices services, UserAccount user, CrashLog log) {
        List<String> problems = new ArrayList<>();
        for (CrashLog.Saved saved : log.saves()) {
            checkSave(services, saved, problems);
        }
        Map<java.util.UUID, AutosavedDraft> pending = services.autosaves().pending(user).stream()
                .collect(Collectors.toMap(AutosavedDraft::draftUuid, d -> d));
        for (CrashLog.Autosaved autosaved : log.autosaves()) {
            checkAutosave(services, autosaved, pending.get(autosaved.draft()), log, problems);
        }
        Map<String, Long> titles = services.communiques().list(ListQuery.all()).stream()
                .collect(Collectors.groupingBy(CommuniqueSummary::title, HashMap::new, Collectors.counting()));
        titles.forEach((title, count) -> {
            if (count > 1) {
                problems.add(count + " communiqués titled " + title);
            }
        });
        services.search().check((done, total) -> { });
        if (!services.search().isCurrent()) {
            problems.add("the search index disagrees with the database after the start-up check");
        }
        if (!services.auditVerifier().verify().intact()) {
            problems.add("audit verify: " + services.auditVerifier().verify().firstBreak());
        }
        return problems;
    }

    private static void checkSave(AppServices services, CrashLog.Saved saved, List<String> problems) {
        Optional<Communique> stored = services.communiques().find(saved.id());
        if (stored.isEmpty()) {
            problems.add("saved communiqué " + saved.id() + " (" + saved.title() + ") is gone");
            return;
        }
        if (stored.get().version() < saved.version()) {
            problems.add("communiqué " + saved.id() + " is at version " + stored.get().version() + ", reported "
                    + saved.version());
        }
        boolean revisionKept = services.communiques().revisions(saved.id()).stream()
                .anyMatch(r -> r.number() == saved.revision() && r.content().body().equals(saved.body()));
        if (!revisionKept) {
            problems.add("revision " + saved.revision() + " of communiqué " + saved.id() + " is missing");
        }
    }

    private static void checkAutosave(AppServices services, CrashLog.Autosaved reported, AutosavedDraft row,
            CrashLog log, List<String> problems) {
        if (row != null) {
            if (step(row.content().body()) < step(reported.body())) {
                problems.add("autosave of draft " + reported.draft() + " holds an older text");
            }
            return;
        }
        // Gone is right only when a save (reported or cut by the kill) came after it.
        Communique now = services.communiques().find(reported.communiqueId()).orElse(null);
        int reportedVersion = log.saves().stream().filter(s -> s.id() == reported.communiqueId())
                .mapToInt(CrashLog.Saved::version).max().orElse(0);
        boolean savedSince = now != null && services.communiques().revisions(now.id()).stream()
                .map(Revision::content).anyMatch(c -> step(c.body()) > step(reported.body()));
        if (!savedSince && (now == null || now.version() <= reportedVersion)) {
            problems.add("autosave of draft " + reported.draft() + " (communiqué " + reported.communiqueId()
                    + ") is gone");
        }
    }

    private static int step(String body) {
        Matcher m = STEP.matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
