package org.pressdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.TagSuggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code suggest --text-file F [--title T] [--json]}: the tags a text suggests; nothing is stored. */
@Command(name = "suggest", mixinStandardHelpOptions = true, sortOptions = false)
final class SuggestCommand extends Subcommand {

    @Option(names = "--text-file", required = true, paramLabel = "FILE", descriptionKey = "option.textFile")
    Path textFile;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.suggestTitle")
    String title;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() {
        CliContext context = context();
        String text = ContentOptions.readBody(textFile);
        AppServices services = context.services();
        context.user();
        List<TagSuggestion> suggestions = services.tagging().suggest(title == null ? "" : title, text);
        if (json) {
            Json.print(context.terminal().out(), TagJson.of(suggestions));
        } else {
            PrintWriter out = context.terminal().out();
            for (TagSuggestion s : suggestions) {
                out.println(context.messages().get("tags.cli.evidenceLine", TagsCommand.kind(context, s.kind()),
                        s.name(), s.evidence()));
            }
            context.say("suggest.count", suggestions.size());
        }
        return OK;
    }
}
