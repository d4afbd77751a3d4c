package org.pressdesk.cli;

import java.io.PrintWriter;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.DateLines;
import org.pressdesk.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID [--json]}: one communiqué in full. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class ShowCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = context.services();
        context.user();
        Communique communique = services.communiques().resolve(id);
        if (json) {
            Json.print(context.terminal().out(),
                    CommuniqueJson.of(communique, services.communiques().tags(communique.id()),
                            services.conflicts().inConflict(communique.id())));
        } else {
            print(context.terminal().out(), context.messages(), communique);
        }
        return OK;
    }

    private static void print(PrintWriter out, Messages messages, Communique c) {
        out.println(c.title());
        out.println(messages.get("show.meta", c.id(), messages.get("status." + c.status().name()),
                messages.get("genre." + c.content().genre().name()), c.officeCode(), c.revision()));
        String dateLine = DateLines.placeAndDate(c.content().place(), c.content().eventDate(),
                c.content().language());
        if (!dateLine.isEmpty()) {
            out.println(dateLine);
        }
        out.println();
        out.println(c.content().body());
        out.println();
        out.println(c.officeCode());
        out.flush();
    }
}
