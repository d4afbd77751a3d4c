package org.pressdesk.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pressdesk.domain.Communique;
import org.pressdesk.exchange.ConflictService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code conflicts [--json]} and {@code resolve ID --keep REVISION_UUID}. */
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

    @Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Resolve extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Option(names = "--keep", paramLabel = "REVISION_UUID", required = true, descriptionKey = "option.keep")
        UUID keep;

        @Override
        public Integer call() {
            CliContext context = context();
            var user = context.user();
            Communique communique = context.services().communiques().resolve(id);
            Communique resolved = context.services().conflicts().keep(user, communique.id(), keep);
            context.say("conflicts.resolved", resolved.id(), resolved.revision());
            return OK;
        }
    }
}
