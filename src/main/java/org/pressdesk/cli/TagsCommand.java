package org.pressdesk.cli;

import java.io.PrintWriter;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.tagging.CommuniqueTags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tags ID [--json]}: a communiqué's confirmed tags and what its text suggests, with the evidence. */
@Command(name = "tags", mixinStandardHelpOptions = true, sortOptions = false)
final class TagsCommand extends Subcommand {

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
        CommuniqueTags tags = services.tagging().tagsOf(communique.id());
        if (json) {
            Json.print(context.terminal().out(), TagJson.of(tags));
        } else {
            print(context, tags);
        }
        return OK;
    }

    private static void print(CliContext context, CommuniqueTags tags) {
        PrintWriter out = context.terminal().out();
        out.println(context.messages().get("tags.cli.confirmed", tags.confirmed().size()));
        for (TagLink link : tags.confirmed()) {
            out.println(context.messages().get("tags.cli.line", kind(context, link.kind()), link.name()));
        }
        out.println(context.messages().get("tags.cli.suggested", tags.suggested().size()));
        for (TagSuggestion suggestion : tags.suggested()) {
            out.println(context.messages().get("tags.cli.evidenceLine", kind(context, suggestion.kind()),
                    suggestion.name(), suggestion.evidence()));
        }
        out.flush();
    }

    static String kind(CliContext context, TagKind kind) {
        return context.messages().get(kind.messageKey());
    }
}
