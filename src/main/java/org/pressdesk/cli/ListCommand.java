package org.pressdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list [--json] [--filter TEXT]}: the communiqués, last changed first. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class ListCommand extends Subcommand {

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--filter", paramLabel = "TEXT", descriptionKey = "option.filter")
    String filter;

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = context.services();
        context.user();
        List<CommuniqueSummary> rows = services.communiques().list(new ListQuery(filter, 0, Integer.MAX_VALUE));
        if (json) {
            List<CommuniqueJson> documents = new ArrayList<>(rows.size());
            for (CommuniqueSummary row : rows) {
                documents.add(CommuniqueJson.of(services.communiques().get(row.id()),
                        services.communiques().tags(row.id()), services.conflicts().inConflict(row.id())));
            }
            Json.print(context.terminal().out(), documents);
        } else {
            printTable(context, rows);
        }
        return OK;
    }

    private static void printTable(CliContext context, List<CommuniqueSummary> rows) {
        PrintWriter out = context.terminal().out();
        String format = "%6s  %-12s  %-10s  %-16s  %s%n";
        out.printf(format, context.messages().get("list.column.id"), context.messages().get("list.column.status"),
                context.messages().get("list.column.date"), context.messages().get("list.column.office"),
                context.messages().get("list.column.title"));
        for (CommuniqueSummary row : rows) {
            out.printf(format, row.id(), context.messages().get("status." + row.status().name()),
                    row.eventDate() == null ? "" : row.eventDate(), row.officeCode(), row.title());
        }
        context.say("list.count", rows.size());
    }
}
