package org.pressdesk.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.ContentHash;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.store.CommuniqueRepository;
import org.pressdesk.store.RevisionRepository;

/** Fills a database with many plausible communiqués quickly, for benchmarks (straight to the store, in batches). */
public final class SyntheticCommuniques {
    private static final String[] PEOPLE = {"l’Ambassadeur du Japon", "la Représentante de l’UNICEF",
        "le Ministre de la Santé", "une délégation de la CEDEAO", "le Directeur régional du PNUD",
        "l’Ambassadrice du Royaume des Pays-Bas", "le Vice-Ministre chinois des Affaires étrangères"};
    private static final String[] TOPICS = {"la coopération sanitaire", "l’éducation des jeunes filles",
        "la sécurité au Sahel", "les énergies renouvelables", "la diaspora", "l’agriculture irriguée",
        "les infrastructures routières", "la culture et le patrimoine"};
    private static final Status[] STATUSES = Status.values();

    private SyntheticCommuniques() {
    }

    public static void fill(AppServices services, UserAccount author, Office office, int count, long seed) {
        CommuniqueRepository communiques = new CommuniqueRepository(services.database());
        RevisionRepository revisions = new RevisionRepository(services.database());
        Random random = new Random(seed);
        Instant start = Instant.parse("2020-01-01T08:00:00Z");
        for (int done = 0; done < count; ) {
            int batch = Math.min(1_000, count - done);
            int first = done;
            services.database().inTransaction(() -> {
                for (int i = first; i < first + batch; i++) {
                    insert(communiques, revisions, author, office, random, start.plusSeconds(3_600L * i), i);
                }
            });
            done += batch;
        }
    }

    private static void insert(CommuniqueRepository communiques, RevisionRepository revisions, UserAccount author,
            Office office, Random random, Instant at, int index) {
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        LocalDate date = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
        String title = "Audience accordée à " + person + " sur " + topic + " (n° " + index + ")";
        String body = ("Le Ministre a reçu en audience " + person + ". Les échanges ont porté sur " + topic
                + " et sur les perspectives de la coopération bilatérale. ").repeat(4);
        CommuniqueContent content = new CommuniqueContent(title, body, Genre.AUDIENCE_REPORT, office.id(), "Bamako",
                date, "fr");
        long id = communiques.insert(UUID.randomUUID(), content, office.code(), STATUSES[index % STATUSES.length],
                author.id(), at);
        long revision = revisions.insert(UUID.randomUUID(), id, 1, content, ContentHash.of(content, office.code()),
                author.id(), at);
        communiques.updateContent(id, 1, content, office.code(), 1, revision, author.id(), at);
    }
}
