package org.pressdesk.tagging;

import java.util.Set;

/** Small closed lists of French words the finders need, as folded keys. */
final class FrenchWords {
    /** Function words: never part of a name, even with a capital at the start of a sentence. */
    static final Set<String> FUNCTION = words("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au",
            "aux", "a", "et", "ou", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "selon", "lors",
            "apres", "avant", "depuis", "des", "chez", "entre", "vers", "contre", "ni", "mais", "donc", "car", "que",
            "qui", "dont", "ou", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "il", "elle",
            "ils", "elles", "on", "nous", "vous", "se", "s", "n", "ne", "pas", "plus", "tous", "tout", "toute",
            "toutes", "aucun", "aucune", "chaque", "ainsi", "enfin", "outre", "pendant", "durant", "afin", "comme",
            "si", "quant", "face", "suite", "grace", "parmi", "y", "c", "qu", "j", "m", "t", "lorsqu", "puisqu");

    /** Particles inside names: "Jan van der Berg", "Ahmed Ag Hamani", "Rafael Mendes da Costa". */
    static final Set<String> PARTICLES = words("de", "du", "des", "da", "das", "do", "dos", "di", "del", "della",
            "van", "von", "der", "den", "ter", "ten", "la", "le", "d", "ag", "ould", "walet", "wallet", "ben", "bin",
            "ibn", "bint", "el", "al", "abou", "abu", "mac", "mc", "ait");

    /** Particles written in small letters inside a name. */
    static final Set<String> LOWER_PARTICLES = words("de", "du", "des", "da", "das", "do", "dos", "di", "del",
            "della", "van", "von", "der", "den", "ter", "ten", "la", "le", "d");

    /** Titles and functions that come before a person's name ("le Ministre DIALLO", "l’Ambassadrice VOGEL"). */
    static final Set<String> TITLES = words("ministre", "ministres", "ambassadeur", "ambassadrice", "president",
            "presidente", "directeur", "directrice", "general", "generale", "colonel", "commandant", "capitaine",
            "lieutenant", "sergent", "adjudant", "imam", "representant", "representante", "coordonnateur",
            "coordonnatrice", "commissaire", "gouverneur", "maire", "prefet", "professeur", "docteur", "roi", "reine",
            "prince", "princesse", "emir", "cheffe", "chef", "consul", "conseiller", "conseillere", "secretaire",
            "monsieur", "madame", "mademoiselle", "excellence", "majeste", "marechal", "amiral", "juge", "procureur",
            "maitre", "senateur", "depute", "deputee", "porte", "parole", "vice", "premier", "premiere", "haut",
            "haute", "ancien", "ancienne", "feu", "defunt", "administrateur", "administratrice", "delegue",
            "deleguee", "envoye", "envoyee", "honorable", "pape", "cardinal", "archeveque", "eveque", "abbe",
            "sultan", "patriarche", "garde", "sceaux", "magistrat", "professeure", "docteure", "ingenieur");

    /** Capitalised words that are never part of a person's name: titles, their modifiers, institutions. */
    static final Set<String> NOT_NAMES = words("special", "speciale", "charge", "chargee", "ministere", "etat",
            "republique", "gouvernement", "transition", "armees", "excellences", "nations", "unies", "union",
            "conseil", "commission", "assemblee", "cour", "tribunal", "palais", "cabinet", "direction", "agence",
            "office", "centre", "forum", "sommet", "salon", "festival", "conference", "semaine", "journee", "coupe",
            "royaume", "federation", "confederation", "organisation", "banque", "fonds", "programme", "plan",
            "affaires", "etrangeres", "cooperation", "internationale", "international", "nationale", "national",
            "sa", "son", "leurs", "nos", "notre", "votre", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "communique", "declaration", "note", "message", "audience",
            "ceremonie", "signature", "lancement", "ouverture", "cloture", "participation", "visite", "mission",
            "examen", "decret", "arrete", "loi", "presidence", "primature", "cellule", "chef", "premier", "vice",
            "haut", "haute", "ancien", "ancienne", "feu", "porte", "parole", "grand", "grande", "autorite",
            "chambre", "aeroport", "boulevard", "avenue", "stade", "monsieur", "madame");

    /** Words before a place or a building that may be named after a person: "Boulevard du Président …". */
    static final Set<String> PLACES = words("boulevard", "avenue", "rue", "place", "pont", "aeroport", "palais",
            "stade", "lycee", "ecole", "universite", "hopital", "centre", "rond", "point", "echangeur", "route",
            "quartier", "camp", "caserne", "mosquee", "cathedrale", "salle", "musee", "monument", "carrefour", "port",
            "gare", "chu", "institut", "complexe", "cite", "maison", "bibliotheque", "esplanade", "square", "parc",
            "barrage", "college", "amphitheatre", "auditorium", "village", "base");

    /** Words for a role that an apposition may name ("son homologue, …", "le Secrétaire général, …"). */
    static final Set<String> ROLES = words("homologue", "homologues", "chef", "cheffe", "dirigeant", "dirigeante",
            "patron", "patronne", "fondateur", "fondatrice", "secretaire", "presidente", "responsable", "pdg",
            "ministre", "directeur", "directrice");

    /** Titles whose rank follows them before the name: "le Général de division …". */
    static final Set<String> RANKS = words("division", "brigade", "armee", "corps", "major", "escadre",
            "gendarmerie", "police");

    /** Words before a river's, lake's or gulf's name: "fleuve Niger", "golfe de Guinée", "Office du Niger". */
    static final Set<String> GEOGRAPHY = words("fleuve", "lac", "golfe", "mer", "ocean", "delta", "boucle",
            "bassin", "office", "rive", "rives", "berge", "berges", "vallee", "baie", "detroit", "canal", "riviere",
            "cours", "embouchure", "source", "sources");

    /** Words before a city's name that make it the name of an instrument: "Accord de Paris", "Statut de Rome". */
    static final Set<String> INSTRUMENTS = words("accord", "accords", "traite", "statut", "club", "processus",
            "declaration", "convention", "protocole", "pacte", "consensus", "charte", "appel", "initiative",
            "agenda", "plan", "programme", "feuille", "principes", "engagement", "engagements");

    private FrenchWords() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
