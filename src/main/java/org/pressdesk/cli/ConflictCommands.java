package org.pressdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.exchange.ConflictService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conflicts [--json]} and {@code resolve ID --keep REVISION_UUID | --merge-file FILE}. */
final class ConflictCommands {
    private ConflictCommands() {
    }

    /** One conflict as {@code conflicts --json} prints it. */
    record ConflictJson(long id, UUID uuid, String title, RevisionJson local, RevisionJson remote,
            Instant detectedAt) {
    }

    record RevisionJson(UUID uuid, int number, String author, Instant createdAt, String body) {
    }

    @Command(name = "conflicts", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Conflicts extends Subcommand {
        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Override
        public Integer call() {
            CliContext context = context();
            context.user();
            List<ConflictService.Open> open = context.services().conflicts().conflicts();
            if (json) {
                List<ConflictJson> documents = new ArrayList<>();
                for (ConflictService.Open o : open) {
                    documents.add(new ConflictJson(o.communique().id(), o.communique().uuid(), o.communique().title(),
                            revision(o.local()), revision(o.remote()), o.detectedAt()));
                }
                Json.print(context.terminal().out(), documents);
                return OK;
            }
            if (open.isEmpty()) {
                context.say("conflicts.none");
            }
            for (ConflictService.Open o : open) {
                context.say("conflicts.line", o.communique().id(), o.communique().title(), o.local().uuid(),
                        o.local().authorName(), o.remote().uuid(), o.remote().authorName());
            }
            return OK;
        }

        private static RevisionJson revision(org.pressdesk.domain.Revision r) {
            return new RevisionJson(r.uuid(), r.number(), r.authorName(), r.createdAt(), r.content().body());
        }
    }

    /**
     * {@code resolve ID --keep REVISION_UUID}, or {@code resolve ID --merge-file FILE [--title TEXT]}: a text merged
     * by hand (Markdown, like {@code edit}) becomes a new revision after both.
     */
    @Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Resolve extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Option(names = "--keep", paramLabel = "REVISION_UUID", descriptionKey = "option.keep")
        UUID keep;

        @Option(names = "--merge-file", paramLabel = "FILE", descriptionKey = "option.mergeFile")
        Path mergeFile;

        @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.mergeTitle")
        String title;

        @Override
        public Integer call() {
            CliContext context = context();
            if ((keep == null) == (mergeFile == null) || keep != null && title != null) {
                throw new PressDeskException("conflicts.resolveHow");
            }
            var user = context.user();
            String body = mergeFile == null ? null : ContentOptions.readBody(mergeFile);
            Communique communique = context.services().communiques().resolve(id);
            Communique resolved = keep != null ? context.services().conflicts().keep(user, communique.id(), keep)
                    : context.services().conflicts().merge(user, communique.id(), merged(communique, body));
            context.say("conflicts.resolved", resolved.id(), resolved.revision());
            return OK;
        }

        private CommuniqueContent merged(Communique communique, String body) {
            CommuniqueContent was = communique.content();
            return new CommuniqueContent(title == null ? was.title() : title, body, was.genre(), was.officeId(),
                    was.place(), was.eventDate(), was.language(), was.embargoAt(), BodyFormat.MARKDOWN);
        }
    }
}
