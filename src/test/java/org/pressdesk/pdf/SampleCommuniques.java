package org.pressdesk.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Realistic communiqués for tests, the benchmark and the screenshot. */
public final class SampleCommuniques {

    public static final String HEADING = "COMMUNIQUÉ DE PRESSE";
    public static final String TITLE = "Audience accordée à l’Ambassadeur de la République fédérale d’Allemagne";
    public static final String PLACE_DATE = "Bamako, le 3 février 2026";
    public static final String SIGNATURE = "BIP/MAECI";
    public static final String PAGE_PATTERN = "Page {0} sur {1}";

    public static final List<String> PARAGRAPHS = List.of(
            "Le Ministre des Affaires étrangères et de la Coopération internationale a reçu en audience ce mardi "
                    + "3 février 2026, dans son cabinet, Son Excellence Monsieur l’Ambassadeur de la République "
                    + "fédérale d’Allemagne, venu lui présenter la copie figurée de ses lettres de créance.",
            "Au cours de l’entretien, les deux personnalités ont passé en revue l’état de la coopération "
                    + "bilatérale, notamment dans les domaines de la sécurité, de l’éducation, de l’hydraulique "
                    + "et de la formation professionnelle. Le Ministre a salué « l’engagement constant de "
                    + "l’Allemagne aux côtés du peuple malien » et rappelé les priorités du Gouvernement : "
                    + "la sécurisation du territoire, la relance économique et le retour des services sociaux "
                    + "de base dans les régions du Centre et du Nord.",
            "L’Ambassadeur a réaffirmé la disponibilité de son pays à accompagner le Mali ; il a annoncé un "
                    + "appui de 29 millions € au programme d’accès à l’eau potable, qui concernera 150 000 "
                    + "habitants répartis sur 10 km de réseau dans les cercles de Ségou et de Mopti.",
            "Les deux parties ont convenu de tenir, avant la fin du premier semestre, la prochaine session de la "
                    + "commission mixte de coopération. Qui aurait cru, il y a un an, à une telle dynamique ? "
                    + "L’audience s’est déroulée dans une atmosphère cordiale et fraternelle !");

    private SampleCommuniques() {
    }

    public static PdfContent.Letterhead maliLetterhead() {
        return new PdfContent.Letterhead(
                "RÉPUBLIQUE DU MALI",
                "Un Peuple – Un But – Une Foi",
                "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA COOPÉRATION INTERNATIONALE",
                "BUREAU DE L’INFORMATION ET DE LA PRESSE",
                "Koulouba, BP 234, Bamako – République du Mali",
                "Tél. : +223 20 22 83 14 – Courriel : bip@diplomatie.gouv.ml",
                "www.diplomatie.gouv.ml");
    }

    public static PdfContent.Metadata metadata(String title) {
        return new PdfContent.Metadata(title, "Bureau de l’Information et de la Presse", "Communiqué de presse",
                "audience, Allemagne, coopération", "fr-ML", "PressDesk 0.1",
                Instant.parse("2026-02-03T10:15:30Z"), Map.of("Approver", "Directeur du BIP"));
    }

    /** The one-page audience communiqué. */
    public static PdfContent onePage() {
        return withBody(String.join("\n", PARAGRAPHS), null);
    }

    public static PdfContent withBody(String body, String watermark) {
        return new PdfContent(maliLetterhead(), HEADING, TITLE, PLACE_DATE, body, SIGNATURE, PAGE_PATTERN,
                watermark, metadata(TITLE));
    }

    /** A communiqué whose body repeats the sample paragraphs until it fills about {@code pages} pages. */
    public static PdfContent pages(int pages) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < pages * 10; i++) {
            paragraphs.add(PARAGRAPHS.get(i % PARAGRAPHS.size()));
        }
        return withBody(String.join("\n\n", paragraphs), null);
    }

    /** A body of at least {@code length} characters of French-looking text, made from {@code seed}. */
    public static String randomFrench(long seed, int length) {
        Random random = new Random(seed);
        String[] words = ("le la les de du des et à au en pour sur avec dans Ministre coopération sécurité "
                + "développement Gouvernement région population projet programme audience partenaires accord "
                + "financement éducation santé hydraulique Bamako Mopti Ségou Kayes").split(" ");
        String[] tails = {" :", " ;", " !", " ?", " »", " %", " €", " km", ",", "."};
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() < length) {
            int sentence = 8 + random.nextInt(20);
            for (int i = 0; i < sentence; i++) {
                appendWord(text, random, words, tails);
            }
            text.append(random.nextInt(6) == 0 ? ".\n" : ". ");
        }
        return text.toString();
    }

    private static void appendWord(StringBuilder text, Random random, String[] words, String[] tails) {
        int kind = random.nextInt(12);
        if (kind == 0) {
            text.append("« ").append(words[random.nextInt(words.length)]).append(" » ");
        } else if (kind == 1) {
            text.append(1 + random.nextInt(999)).append(tails[random.nextInt(tails.length)]).append(' ');
        } else {
            text.append(words[random.nextInt(words.length)]);
            text.append(kind == 2 ? tails[random.nextInt(tails.length)] : "").append(' ');
        }
    }
}
