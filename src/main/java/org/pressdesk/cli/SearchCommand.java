package org.pressdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Status;
import org.pressdesk.search.SearchHit;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search QUERY [--json] [--limit N] [--status S] [--office C] [--tag T] [--genre G] [--from D] [--to D]}:
 * ranked results with id, title, score and a snippet. The index is checked against the database first and rebuilt
 * when they disagree.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false)
final class SearchCommand extends Subcommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "param.query")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", descriptionKey = "option.limit")
    int limit;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "option.searchStatus")
    Status status;

    @Option(names = "--office", paramLabel = "CODE", descriptionKey = "option.searchOffice")
    String office;

    @Option(names = "--tag", paramLabel = "TAG", descriptionKey = "option.tag")
    String tag;

    @Option(names = "--genre", paramLabel = "GENRE", descriptionKey = "option.genre")
    String genre;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "option.from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "option.to")
    String to;

    /** One result as {@code --json} prints it; {@code partial}: it matched only {@code matchedWords} of the words. */
    record HitJson(long id, String title, float score, String snippet, boolean partial, int matchedWords) {
    }

    @Override
    public Integer call() {
        CliContext context = context();
        if (limit < 1) {
            throw new PressDeskException("search.cli.badLimit", limit);
        }
        AppServices services = context.services();
        context.user();
        if (services.search().check((done, total) -> { })) {
            context.warn("search.cli.rebuilt");
        }
        Genre kind = genre == null ? null : ContentOptions.genre(genre);
        SearchQuery query = new SearchQuery(String.join(" ", words), status, office, tag, kind,
                ContentOptions.date(from), ContentOptions.date(to), limit, false);
        if (query.wordsLeftOut() > 0) {
            context.warn("search.shortened", SearchQuery.maxWords(), query.wordsLeftOut());
        }
        SearchResults results = services.search().search(query);
        if (json) {
            Json.print(context.terminal().out(), results.hits().stream().map(h -> new HitJson(h.id(), h.title(),
                    h.score(), h.snippet().marked("<em>", "</em>"), h.partial(), h.matchedWords())).toList());
        } else {
            print(context, results);
        }
        return OK;
    }

    private static void print(CliContext context, SearchResults results) {
        PrintWriter out = context.terminal().out();
        for (SearchHit hit : results.hits()) {
            out.printf(Locale.ROOT, "%6d  %6.2f  %s%n", hit.id(), hit.score(), hit.title());
            if (hit.partial()) {
                context.say("search.partial", hit.matchedWords(), hit.queryWords());
            }
            out.println("              " + hit.snippet().marked("*", "*"));
        }
        context.say("search.cli.count", results.hits().size(), results.total());
    }
}
