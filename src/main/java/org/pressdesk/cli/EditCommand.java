package org.pressdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code edit ID [--body-file F] [--title T] [--embargo YYYY-MM-DDTHH:MM | --no-embargo]}: saves a new
 * revision. An approved, published or archived communiqué
 * goes back to draft for it ("Modifier"), and its approved revision keeps being the one that exports.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false)
final class EditCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--body-file", paramLabel = "FILE", descriptionKey = "option.bodyFile")
    Path bodyFile;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "option.title")
    String title;

    @Option(names = "--embargo", paramLabel = "YYYY-MM-DDTHH:MM", descriptionKey = "option.embargo")
    String embargo;

    @Option(names = "--no-embargo", descriptionKey = "option.noEmbargo")
    boolean noEmbargo;

    @Override
    public Integer call() {
        CliContext context = context();
        String body = bodyFile == null ? null : ContentOptions.readBody(bodyFile);
        AppServices services = context.services();
        UserAccount user = context.user();
        Communique saved = services.reviews().edit(user, services.communiques().resolve(id).id(), was -> {
            Instant until = noEmbargo ? null : embargo == null ? was.embargoAt()
                    : ContentOptions.embargo(embargo, services.offices().find(was.officeId()).orElseThrow().timeZone());
            return new CommuniqueContent(title == null ? was.title() : title,
                    body == null ? was.body() : body, was.genre(), was.officeId(), was.place(), was.eventDate(),
                    was.language(), until, body == null ? was.bodyFormat() : BodyFormat.MARKDOWN);
        });
        context.say("edit.saved", saved.title(), saved.revision(),
                context.messages().get("status." + saved.status().name()));
        return OK;
    }
}
