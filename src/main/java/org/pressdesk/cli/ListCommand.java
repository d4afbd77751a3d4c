package org.pressdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueSummary;
import org.pressdesk.domain.ListQuery;
import org.pressdesk.domain.TagLink;
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
        if (json) {
            Map<Long, List<TagLink>> tags = services.communiques().allTags();
            Set<Long> conflicted = services.conflicts().inConflict();
            CommuniqueJsonWriter writer = new CommuniqueJsonWriter(context.terminal().out());
            ReadAhead.<Communique>each(each -> services.communiques().eachInFull(filter, each),
                    communique -> writer.add(CommuniqueJson.of(communique, tags.getOrDefault(communique.id(),
                            List.of()), conflicted.contains(communique.id()))));
            writer.finish();
        } else {
            printTable(context, services.communiques().list(new ListQuery(filter, 0, Integer.MAX_VALUE)));
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
