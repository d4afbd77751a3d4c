package org.pressdesk.demo;

import java.time.ZoneId;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.office.OfficeService;

/** The three sample offices, with the letterheads of a francophone administration. */
final class DemoOffices {
    private static final String COUNTRY = "RÉPUBLIQUE DU MALI";
    private static final String MOTTO = "Un Peuple – Un But – Une Foi";

    private DemoOffices() {
    }

    static void create(OfficeService offices, UserAccount admin, ZoneId zone) {
        Office ministry = offices.create(admin, "BIP/MAECI", "Bureau de l’Information et de la Presse",
                new Office.Letterhead(COUNTRY, MOTTO,
                        "Ministère des Affaires étrangères et de la Coopération internationale", "Bamako",
                        "Koulouba, BP 234, Bamako", "Tél. +223 20 22 00 00 – presse@example.gouv.ml",
                        "Exemple fictif créé pour la démonstration de PressDesk"), zone);
        offices.create(admin, "CCRP PRÉSIDENCE", "Cellule de Communication et des Relations publiques",
                new Office.Letterhead(COUNTRY, MOTTO, "Présidence de la République", "Bamako",
                        "Palais de Koulouba, Bamako", "communication@example.gouv.ml",
                        "Exemple fictif créé pour la démonstration de PressDesk"), zone);
        offices.create(admin, "PRIMATURE", "Service de Communication",
                new Office.Letterhead(COUNTRY, MOTTO, "Primature", "Bamako", "Quartier du Fleuve, Bamako",
                        "communication@example.primature.ml",
                        "Exemple fictif créé pour la démonstration de PressDesk"), zone);
        offices.setDefault(admin, ministry);
    }
}
