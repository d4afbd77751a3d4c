package org.pressdesk.tagging;

import java.util.List;
import org.pressdesk.domain.TagKind;
import org.pressdesk.domain.TextKeys;

/**
 * A title and body being read: their atoms, which atoms a finding already took (a person's name is not also a
 * country: "Maurice KONÉ"), and what was found so far.
 */
final class Passage {
    private final String text;
    private final List<Atom> atoms;
    private final Findings findings = new Findings();
    private final TagKind[] takenBy;
    private String folded;

    Passage(String title, String body) {
        String head = title == null ? "" : title.strip();
        this.text = head + "\n" + (body == null ? "" : body);
        this.atoms = Atoms.of(text, head.length());
        this.takenBy = new TagKind[atoms.size()];
    }

    /** The whole text folded (lower case, no accents, one space between words), computed once when asked. */
    String folded() {
        if (folded == null) {
            folded = TextKeys.fold(text);
        }
        return folded;
    }

    List<Atom> atoms() {
        return atoms;
    }

    Atom atom(int index) {
        return atoms.get(index);
    }

    int size() {
        return atoms.size();
    }

    Findings findings() {
        return findings;
    }

    boolean taken(int index) {
        return takenBy[index] != null;
    }

    /** The kind of the finding that took the atom, or null. */
    TagKind takenBy(int index) {
        return takenBy[index];
    }

    boolean anyTaken(int from, int length) {
        for (int k = from; k < from + length && k < takenBy.length; k++) {
            if (takenBy[k] != null) {
                return true;
            }
        }
        return false;
    }

    void take(int from, int length, TagKind kind) {
        for (int k = from; k < from + length && k < takenBy.length; k++) {
            takenBy[k] = kind;
        }
    }

    /** The text from the start of atom {@code from} to the end of atom {@code to}, as written. */
    String span(int from, int to) {
        return text.substring(atoms.get(from).start(), atoms.get(to).end()).replace('\n', ' ');
    }

    /** What is written between atom {@code index} and the next one. */
    String gapAfter(int index) {
        int end = atoms.get(index).end();
        return index + 1 < atoms.size() ? text.substring(end, atoms.get(index + 1).start()) : text.substring(end);
    }

    /** The folded key of the atom {@code offset} places before {@code index} in the same sentence, else "". */
    String keyBefore(int index, int offset) {
        int at = index - offset;
        if (at < 0) {
            return "";
        }
        for (int k = at; k < index; k++) {
            if (atoms.get(k).gap() == Atom.Gap.BREAK) {
                return "";
            }
        }
        return atoms.get(at).key();
    }

    /** Whether the line holding the atom is written all in capitals (a headline), where case says nothing. */
    boolean inCapitalLine(int index) {
        int lineStart = text.lastIndexOf('\n', atoms.get(index).start()) + 1;
        int lineEnd = text.indexOf('\n', atoms.get(index).end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.chars().noneMatch(Character::isLowerCase);
    }
}
