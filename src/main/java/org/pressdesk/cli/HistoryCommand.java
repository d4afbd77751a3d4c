package org.pressdesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Revision;
import org.pressdesk.domain.StatusChange;
import org.pressdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code history ID [--json]}: the revisions and status changes of a communiqué, oldest first, with who and when
 * (a readable local time; ISO instants in the JSON).
 */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    /** One line of the history: a saved revision or a move between statuses. */
    record Event(Instant at, String type, String actor, int revision, String action, String from, String to,
            String sha256, String comment) {
    }

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = context.services();
        context.user();
        Communique communique = services.communiques().resolve(id);
        List<Event> events = events(services, communique.id());
        if (json) {
            Json.print(context.terminal().out(), events);
        } else {
            print(context.terminal().out(), context.messages(), communique, events);
        }
        return OK;
    }

    static List<Event> events(AppServices services, long communiqueId) {
        List<Event> events = new ArrayList<>();
        for (Revision r : services.communiques().revisions(communiqueId)) {
            events.add(new Event(r.createdAt(), "REVISION", r.authorName(), r.number(), null, null, null,
                    r.contentSha256(), null));
        }
        for (StatusChange change : services.reviews().statusChanges(communiqueId)) {
            events.add(new Event(change.at(), "TRANSITION", change.actorName(), change.revision(),
                    change.action().name(), change.from().name(), change.to().name(), null, change.comment()));
        }
        // Each status change happened at a revision, after that revision was saved; a stable sort keeps the
        // changes of one revision in the order they were made.
        events.sort(Comparator.comparingInt(Event::revision).thenComparing(e -> "TRANSITION".equals(e.type())));
        return events;
    }

    private static void print(PrintWriter out, Messages messages, Communique communique, List<Event> events) {
        out.println(communique.title());
        for (Event e : events) {
            String line = "REVISION".equals(e.type())
                    ? messages.get("history.revision", messages.moment(e.at()), e.actor(), e.revision())
                    : messages.get("history.transition", messages.moment(e.at()), e.actor(),
                            messages.get("workflow.action." + e.action()), messages.get("status." + e.from()),
                            messages.get("status." + e.to()));
            out.println(e.comment() == null ? line : line + " — " + e.comment());
        }
        out.flush();
    }
}
