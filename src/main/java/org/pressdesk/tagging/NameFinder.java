package org.pressdesk.tagging;

import java.util.List;
import org.pressdesk.domain.TagKind;

/** Finds the organisations of the built-in list and every name the office's own tags know (persons included). */
final class NameFinder {
    private final OrganizationTable organizations;

    NameFinder(OrganizationTable organizations) {
        this.organizations = organizations;
    }

    void find(Passage passage, KnownNames known) {
        List<Atom> atoms = passage.atoms();
        int i = 0;
        while (i < atoms.size()) {
            var knownMatches = known.names().longest(atoms, i);
            var builtIn = organizations.names().longest(atoms, i);
            int knownLength = knownMatches.isEmpty() ? 0 : knownMatches.get(0).length();
            int builtInLength = builtIn.isEmpty() ? 0 : builtIn.get(0).length();
            if (knownLength == 0 && builtInLength == 0) {
                i++;
            } else if (knownLength >= builtInLength) {
                KnownName name = knownMatches.get(0).value();
                i = found(passage, i, knownLength, name.kind(), name.label());
            } else {
                i = found(passage, i, builtInLength, TagKind.ORGANIZATION, builtIn.get(0).value());
            }
        }
    }

    private static int found(Passage passage, int at, int length, TagKind kind, String label) {
        passage.findings().add(kind, label, at, passage.span(at, at + length - 1), 1);
        passage.take(at, length, kind);
        return at + length;
    }
}
