package org.pressdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes plausible plain-text archives for benchmarks: titles (some with a rubric), two or three paragraphs, dates
 * with and without years, places, and signatures inline, on their own line or missing, as real files mix them.
 */
public final class SyntheticArchive {
    private static final String[] RUBRICS = {"", "", "Diplomatie : ", "Coopération : ", "Santé : "};
    private static final String[] PEOPLE = {"l’Ambassadeur du Japon", "la Représentante de l’UNICEF",
        "le Ministre de la Santé", "une délégation de la CEDEAO", "le Directeur régional du PNUD",
        "l’Ambassadrice du Royaume des Pays-Bas", "le Vice-Ministre chinois des Affaires étrangères"};
    private static final String[] TOPICS = {"la coopération sanitaire", "l’éducation des jeunes filles",
        "la sécurité au Sahel", "les énergies renouvelables", "la diaspora", "l’agriculture irriguée",
        "les infrastructures routières", "la culture et le patrimoine"};
    private static final String[] PLACES = {"Bamako", "Dakar", "Addis-Abeba", "Niamey", "Abidjan", "Ségou"};
    private static final String[] SIGNATURES = {"BIP/MAECI", "PRIMATURE", "CCRP PRÉSIDENCE"};

    private SyntheticArchive() {
    }

    /** Writes {@code items} communiqués into {@code files} files in {@code directory}; returns the files. */
    public static List<Path> write(Path directory, int items, int files, long seed) throws IOException {
        Files.createDirectories(directory);
        Random random = new Random(seed);
        List<Path> written = new ArrayList<>();
        int perFile = (items + files - 1) / files;
        LocalDate date = LocalDate.of(2015, 1, 5);
        for (int f = 0, done = 0; f < files && done < items; f++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < perFile && done < items; i++, done++) {
                date = date.plusDays(1 + random.nextInt(2));
                item(text, random, date, done);
            }
            written.add(Files.writeString(directory.resolve("archive-" + f + ".txt"), text));
        }
        return written;
    }

    private static void item(StringBuilder text, Random random, LocalDate date, int index) {
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        String year = random.nextInt(4) == 0 ? "" : " " + date.getYear();
        text.append(RUBRICS[random.nextInt(RUBRICS.length)]).append("Audience accordée à ").append(person)
                .append(" sur ").append(topic).append(" (n° ").append(index).append(")\n\n");
        text.append("Le Ministre a reçu en audience ce ").append(weekday).append(' ').append(date.getDayOfMonth())
                .append(' ').append(month).append(year).append(", à ").append(place).append(", ").append(person)
                .append(". Les échanges ont porté sur ").append(topic).append(".\n\n");
        text.append("Les deux parties ont salué la qualité des relations et convenu de renforcer leur coopération ")
                .append("dans les mois à venir, notamment en matière de formation et d’investissement.");
        String signature = SIGNATURES[random.nextInt(SIGNATURES.length)];
        switch (random.nextInt(3)) {
            case 0 -> text.append(' ').append(signature).append("\n\n");
            case 1 -> text.append("\n\n").append(signature).append("\n\n");
            default -> text.append("\n").append(signature).append("\n\n");
        }
    }
}
