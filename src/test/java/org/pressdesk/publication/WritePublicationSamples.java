package org.pressdesk.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.HeaderLayout;

/**
 * Writes the sample PDFs behind docs/screenshots: an approved communiqué on the two-column letterhead with its
 * logo, a draft, an embargoed one, one on the centred letterhead, and a published, signed one. Not a test:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.pressdesk.publication.WritePublicationSamples OUT_DIR}.
 */
public final class WritePublicationSamples {
    public static final String BODY = "Le Ministre des Affaires étrangères et de la Coopération internationale a "
            + "reçu en audience ce mardi 3 février 2026, dans son cabinet, **Son Excellence Monsieur l’Ambassadeur du "
            + "Japon**, venu lui présenter la copie figurée de ses lettres de créance.\n\n"
            + "Au cours de l’entretien, les deux personnalités ont passé en revue l’état de la coopération "
            + "bilatérale. Elles ont retenu trois priorités :\n\n"
            + "1. la sécurisation du territoire ;\n2. la relance économique ;\n"
            + "3. le retour des services sociaux de base dans les régions du *Centre* et du *Nord*.\n\n"
            + "L’Ambassadeur a annoncé un appui de 29 millions € au programme d’accès à l’eau potable, qui "
            + "concernera :\n\n- 150 000 habitants ;\n- 10 km de réseau dans les cercles de Ségou et de Mopti.\n\n"
            + "> « Le Japon restera aux côtés du peuple malien », a déclaré le diplomate.\n\n"
            + "L’audience s’est déroulée dans une atmosphère cordiale et fraternelle.";

    private WritePublicationSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(out);
        try (PublicationFixture fixture = new PublicationFixture(Files.createTempDirectory("pressdesk-samples"))) {
            String title = "Audience accordée à l’Ambassadeur du Japon";
            Communique approved = fixture.approved(fixture.content(title, BODY, null));
            copy(fixture, approved, out, "approved.pdf");
            Communique draft = fixture.services.communiques().create(fixture.editor, fixture.content(title, BODY,
                    null));
            copy(fixture, draft, out, "draft.pdf");
            Communique embargoed = fixture.approved(fixture.content("Visite officielle du Premier ministre à Kayes",
                    BODY, PublicationFixture.START.plus(Duration.ofHours(25))));
            copy(fixture, embargoed, out, "embargo.pdf");
            fixture.certify();
            Communique published = fixture.published(fixture.content("Déclaration sur la coopération sanitaire",
                    BODY, null));
            copy(fixture, published, out, "published-signed.pdf");
            var office = fixture.services.offices().find(fixture.office.id()).orElseThrow();
            fixture.services.offices().update(fixture.admin, office.withLetterhead(
                    PublicationFixture.letterhead(HeaderLayout.CENTERED, PublicationFixture.logo())));
            copy(fixture, approved, out, "centred.pdf");
        }
    }

    private static void copy(PublicationFixture fixture, Communique communique, Path out, String name)
            throws Exception {
        var pdf = fixture.services.pdfExport().exportTo(fixture.editor, communique.id(), out.resolve(name));
        System.out.println(pdf.file() + (pdf.signed() ? " (signed)" : ""));
    }
}
