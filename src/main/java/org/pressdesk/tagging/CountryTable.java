package org.pressdesk.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every country with its French name from the JDK, completed by countries.txt: preferred labels, official long
 * forms, demonyms in all their forms, compound prefixes and capitals.
 */
final class CountryTable {
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> prefixes = new HashMap<>();
    private final PhraseIndex<CountryForm> forms = new PhraseIndex<>();

    private CountryTable() {
    }

    static CountryTable load() {
        CountryTable table = new CountryTable();
        Map<String, String[]> rows = readRows();
        for (String code : Locale.getISOCountries()) {
            table.addCountry(code, rows.get(code));
        }
        return table;
    }

    private void addCountry(String code, String[] row) {
        String jdkName = jdkName(code);
        String preferred = row != null && !field(row, 1).isEmpty() ? field(row, 1) : jdkName;
        Country country = new Country(code, preferred, row != null && field(row, 6).contains("river"));
        byCode.put(code, country);
        addName(preferred, CountryForm.Type.NAME, country);
        addName(jdkName, CountryForm.Type.NAME, country);
        if (row == null) {
            return;
        }
        list(field(row, 2)).forEach(name -> addName(name, CountryForm.Type.LONG_FORM, country));
        for (String demonym : list(field(row, 3))) {
            boolean first = true;
            for (String form : Demonyms.forms(demonym)) {
                forms.add(form, PhraseIndex.Casing.ANY, new CountryForm(country, CountryForm.Type.DEMONYM, first));
                first = false;
            }
        }
        list(field(row, 4)).forEach(prefix -> prefixes.put(Atoms.fold(prefix), country));
        list(field(row, 5)).forEach(city -> addName(city, CountryForm.Type.CAPITAL, country));
    }

    private void addName(String name, CountryForm.Type type, Country country) {
        boolean acronym = name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 1;
        forms.add(name, acronym ? PhraseIndex.Casing.AS_WRITTEN : PhraseIndex.Casing.CAPITAL_INITIAL,
                new CountryForm(country, type, false));
    }

    /** The JDK's French name, without its explanations: "Myanmar (Birmanie)" is "Myanmar". */
    private static String jdkName(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.FRENCH);
        name = name.replace("R.A.S. chinoise de ", "");
        int parenthesis = name.indexOf(" (");
        return parenthesis > 0 ? name.substring(0, parenthesis) : name;
    }

    /** Every country's preferred label. */
    List<String> labels() {
        return byCode.values().stream().map(Country::label).sorted().toList();
    }

    PhraseIndex<CountryForm> forms() {
        return forms;
    }

    Optional<Country> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The country of a compound's first part: "sino" is China. */
    Optional<Country> byPrefix(String key) {
        return Optional.ofNullable(prefixes.get(key));
    }

    private static Map<String, String[]> readRows() {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : VocabularyFiles.lines("countries.txt")) {
            String[] row = line.split("\\|", -1);
            rows.put(row[0].strip(), row);
        }
        return rows;
    }

    private static String field(String[] row, int index) {
        return index < row.length ? row[index].strip() : "";
    }

    private static List<String> list(String field) {
        return VocabularyFiles.items(field);
    }
}
