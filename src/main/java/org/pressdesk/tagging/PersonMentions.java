package org.pressdesk.tagging;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.domain.TagKind;

/**
 * Turns the name mentions of a text into persons: a short mention whose words end a fuller name ("DEMBÉLÉ",
 * "AG HAMANI") is that person, and so is the name without its middle names ("Mamadou Diakité" for "Mamadou Lamine
 * DIAKITÉ"); the fuller name gives the label, in one written form.
 */
final class PersonMentions {
    private final Passage passage;

    PersonMentions(Passage passage) {
        this.passage = passage;
    }

    void record(List<PersonFinder.Mention> mentions) {
        List<List<String>> fullNames = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Findings.Candidate known : passage.findings().all()) {
            if (known.kind() == TagKind.PERSON) {
                fullNames.add(Atoms.keys(known.label()));
                labels.add(known.label());
            }
        }
        for (PersonFinder.Mention mention : mentions) {
            if (mention.words().size() > 1 && fuller(mention.keys(), fullNames) < 0) {
                fullNames.add(mention.keys());
                labels.add(PersonNames.normalise(mention.words()));
            }
        }
        for (PersonFinder.Mention mention : mentions) {
            int person = fuller(mention.keys(), fullNames);
            if (person >= 0) {
                passage.findings().add(TagKind.PERSON, labels.get(person), mention.from(),
                        passage.span(mention.from(), mention.to()), 1);
            }
        }
    }

    /** The first full name that the mention's words end (or equal), or -1. */
    private static int fuller(List<String> keys, List<List<String>> fullNames) {
        for (int n = 0; n < fullNames.size(); n++) {
            List<String> full = fullNames.get(n);
            if (full.size() >= keys.size() && full.subList(full.size() - keys.size(), full.size()).equals(keys)) {
                return n;
            }
            if (keys.size() >= 2 && full.size() > keys.size() && full.get(0).equals(keys.get(0))
                    && full.get(full.size() - 1).equals(keys.get(keys.size() - 1))) {
                return n;
            }
        }
        return -1;
    }
}
