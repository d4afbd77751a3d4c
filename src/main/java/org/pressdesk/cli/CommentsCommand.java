package org.pressdesk.cli;

import java.util.List;
import java.util.UUID;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.ReviewComment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comments ID [--json] [--add TEXT]}: the comment thread of a communiqué. */
@Command(name = "comments", mixinStandardHelpOptions = true, sortOptions = false)
final class CommentsCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--add", paramLabel = "TEXT", descriptionKey = "option.addComment")
    String add;

    record CommentJson(long id, UUID uuid, String kind, String author, java.time.Instant at, int revision,
            String text) {
    }

    @Override
    public Integer call() {
        CliContext context = context();
        AppServices services = context.services();
        var user = context.user();
        Communique communique = services.communiques().resolve(id);
        if (add != null) {
            services.reviews().comment(user, communique.id(), add);
        }
        List<ReviewComment> comments = services.reviews().comments(communique.id());
        if (json) {
            Json.print(context.terminal().out(), comments.stream().map(c -> new CommentJson(c.id(), c.uuid(),
                    c.kind().name(), c.authorName(), c.at(), c.revision(), c.text())).toList());
            return OK;
        }
        for (ReviewComment c : comments) {
            context.say("comments.line", c.at(), c.authorName(), context.messages().get("comment.kind." + c.kind()),
                    c.revision(), c.text());
        }
        return OK;
    }
}
