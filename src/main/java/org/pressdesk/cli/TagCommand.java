package org.pressdesk.cli;

import java.util.List;
import java.util.Optional;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Tag;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TagLink;
import org.pressdesk.domain.TagSuggestion;
import org.pressdesk.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tag ID --add NAME[:KIND] | --remove NAME | --confirm-all}: changes a communiqué's tags. Without a kind,
 * the name's kind is that of the office's tag of that name, else the one the vocabulary gives it.
 */
@Command(name = "tag", mixinStandardHelpOptions = true, sortOptions = false)
final class TagCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--add", paramLabel = "NAME[:KIND]", descriptionKey = "option.addTag")
    String add;

    @Option(names = "--remove", paramLabel = "NAME", descriptionKey = "option.removeTag")
    String remove;

    @Option(names = "--confirm-all", descriptionKey = "option.confirmAll")
    boolean confirmAll;

    @Override
    public Integer call() {
        CliContext context = context();
        int actions = (add == null ? 0 : 1) + (remove == null ? 0 : 1) + (confirmAll ? 1 : 0);
        if (actions != 1) {
            throw new PressDeskException("tag.oneAction");
        }
        AppServices services = context.services();
        UserAccount user = context.user();
        Communique communique = services.communiques().resolve(id);
        if (add != null) {
            TagLink link = add(services, user, communique.id());
            context.say("tag.added", link.name(), TagsCommand.kind(context, link.kind()), communique.id());
        } else if (remove != null) {
            TagLink link = linkNamed(services, communique.id(), remove);
            services.tagging().remove(user, communique.id(), link.tagId());
            context.say("tag.removed", link.name(), communique.id());
        } else {
            List<TagLink> links = services.tagging().confirmAll(user, communique.id());
            context.say("tag.confirmedAll", links.size(), communique.id());
        }
        return OK;
    }

    private TagLink add(AppServices services, UserAccount user, long communiqueId) {
        int colon = add.lastIndexOf(':');
        Optional<TagKind> kind = colon >= 0 ? TagKind.parse(add.substring(colon + 1)) : Optional.empty();
        String name = kind.isPresent() ? add.substring(0, colon).strip() : add.strip();
        TagKind chosen = kind.or(() -> kindOf(services, name))
                .orElseThrow(() -> new PressDeskException("tag.kindNeeded", name));
        return services.tagging().add(user, communiqueId, name, chosen);
    }

    /** The kind of the office's tag of that name, else of the vocabulary's entry of exactly that name. */
    private static Optional<TagKind> kindOf(AppServices services, String name) {
        List<Tag> stored = services.tags().findByName(name);
        if (stored.size() == 1) {
            return Optional.of(stored.get(0).kind());
        }
        String key = Tag.key(name);
        return services.tagging().complete(name, 50).stream().filter(s -> s.key().equals(key))
                .map(TagSuggestion::kind).findFirst();
    }

    private static TagLink linkNamed(AppServices services, long communiqueId, String name) {
        String key = Tag.key(name);
        return services.communiques().tags(communiqueId).stream().filter(l -> Tag.key(l.name()).equals(key))
                .findFirst().orElseThrow(() -> new PressDeskException("tag.notOnCommunique", name, communiqueId));
    }
}
