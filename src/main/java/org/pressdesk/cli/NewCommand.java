package org.pressdesk.cli;

import java.nio.file.Path;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.BodyFormat;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code new --title T --body-file F [--embargo YYYY-MM-DDTHH:MM]}: writes a new draft and prints its id. The body
 * is the Markdown subset of the editor; the embargo is in the office's time zone.
 */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false)
final class NewCommand extends Subcommand {

    @Option(names = "--title", required = true, paramLabel = "TEXT", descriptionKey = "option.title")
    String title;

    @Option(names = "--body-file", required = true, paramLabel = "FILE", descriptionKey = "option.bodyFile")
    Path bodyFile;

    @Option(names = "--office", paramLabel = "CODE", descriptionKey = "option.office")
    String office;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.date")
    String date;

    @Option(names = "--place", paramLabel = "TEXT", descriptionKey = "option.place")
    String place;

    @Option(names = "--genre", paramLabel = "GENRE", descriptionKey = "option.genre")
    String genre;

    @Option(names = "--language", paramLabel = "fr|en", defaultValue = "fr", descriptionKey = "option.language")
    String language;

    @Option(names = "--embargo", paramLabel = "YYYY-MM-DDTHH:MM", descriptionKey = "option.embargo")
    String embargo;

    @Override
    public Integer call() {
        CliContext context = context();
        String body = ContentOptions.readBody(bodyFile);
        AppServices services = context.services();
        UserAccount user = context.user();
        Office issuer = office == null
                ? services.offices().defaultOffice().orElseThrow(() -> new PressDeskException("office.none"))
                : services.offices().requireByCode(office);
        CommuniqueContent content = new CommuniqueContent(title, body, ContentOptions.genre(genre), issuer.id(),
                place, ContentOptions.date(date), Languages.parse(language),
                ContentOptions.embargo(embargo, issuer.timeZone()), BodyFormat.MARKDOWN);
        Communique created = services.communiques().createSuggestingTags(user, content);
        context.terminal().out().println(created.id());
        return OK;
    }
}
