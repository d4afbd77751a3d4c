package org.pressdesk.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pressdesk.domain.Office;
import org.pressdesk.testing.LabelledFiles;

/**
 * The labelled archive texts of src/test/resources/org/pressdesk/archive/realistic, written in the style of real
 * government press items (see the README there): files "d…" for development, "h…" held out, "x…" a second
 * held-out part written after the first one had been scored.
 */
public final class RealisticSet {
    /** The offices known while the set is read: those its signatures may match. */
    public static final List<Office> OFFICES = List.of(
            office(1, "BIP/MAECI", "Bureau de l’Information et de la Presse"),
            office(2, "PRIMATURE", "Service de Communication de la Primature"),
            office(3, "CCRP PRÉSIDENCE", "Cellule de Communication de la Présidence"),
            office(4, "DCRP/MS", "Direction de la Communication et des Relations publiques du Ministère de la Santé"),
            office(5, "SIC/MEF", "Service de l’Information et de la Communication/MEF"),
            office(6, "AMAP", "Agence malienne de presse et de publicité"));

    private RealisticSet() {
    }

    /** One labelled archive text. Empty strings and lists mean "none"; {@code office} null means "a new one". */
    public record Item(String file, String text, String signature, String office, LocalDate date,
            LocalDate published, List<String> titles, List<String> countries, List<String> persons,
            List<String> organizations) {
        public boolean heldOut() {
            return !file.startsWith("d");
        }

        /** "d" development, "h" the first held-out part, "x" the second. */
        public String part() {
            return file.substring(0, 1);
        }
    }

    private static Office office(long id, String code, String name) {
        return new Office(id, new UUID(0, id), code, name, Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"),
                1);
    }

    public static List<Item> load() {
        return LabelledFiles.read(RealisticSet.class, "realistic", RealisticSet::parse);
    }

    static Item parse(String name, String content) {
        String[] parts = content.split("\n---\n", 2);
        Map<String, String> labels = new HashMap<>();
        for (String line : parts[0].split("\n")) {
            int colon = line.indexOf(':');
            labels.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        String text = parts[1];
        List<String> titles = labels.containsKey("TITLES") ? split(labels.get("TITLES"), "\\|")
                : List.of(text.strip().split("\n", 2)[0].strip());
        return new Item(name, text, labels.getOrDefault("SIGNATURE", ""), labels.get("OFFICE"),
                date(labels.get("DATE")), date(labels.get("PUBLISHED")), titles,
                split(labels.getOrDefault("COUNTRY", ""), ";"), split(labels.getOrDefault("PERSON", ""), ";"),
                split(labels.getOrDefault("ORGANIZATION", ""), ";"));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static List<String> split(String value, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
