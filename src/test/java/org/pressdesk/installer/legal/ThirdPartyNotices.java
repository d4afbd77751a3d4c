package org.pressdesk.installer.legal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The components that THIRD-PARTY-NOTICES.txt names: for each, its Maven artifacts ("Artifacts:", continued on
 * indented lines) and the licence texts it cites ("Text:", paths relative to the legal folder).
 */
record ThirdPartyNotices(List<Component> components) {
    private static final Pattern FIELD = Pattern.compile("^ {2}(\\w+):\\s+(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^ {3,}(\\S.*)$");

    record Component(String name, Set<String> artifactIds, List<String> texts) {
    }

    static ThirdPartyNotices parse(String text) {
        List<Component> components = new ArrayList<>();
        String name = null;
        String field = null;
        StringBuilder artifacts = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        for (String line : (text + "\n\n").split("\n", -1)) {
            Matcher fieldLine = FIELD.matcher(line);
            Matcher continued = CONTINUATION.matcher(line);
            if (line.isBlank()) {
                if (name != null && (artifacts.length() > 0 || texts.length() > 0)) {
                    components.add(component(name, artifacts.toString(), texts.toString()));
                }
                name = null;
                field = null;
                artifacts.setLength(0);
                texts.setLength(0);
            } else if (fieldLine.matches()) {
                field = fieldLine.group(1);
                append(field, fieldLine.group(2), artifacts, texts);
            } else if (continued.matches() && field != null) {
                append(field, continued.group(1), artifacts, texts);
            } else if (!line.startsWith(" ")) {
                name = line.strip();
            }
        }
        return new ThirdPartyNotices(List.copyOf(components));
    }

    /** Every artifact id named, for matching the bundled jars. */
    Set<String> artifactIds() {
        Set<String> all = new LinkedHashSet<>();
        components.forEach(component -> all.addAll(component.artifactIds()));
        return all;
    }

    private static void append(String field, String value, StringBuilder artifacts, StringBuilder texts) {
        if ("Artifacts".equals(field)) {
            artifacts.append(value).append(',');
        } else if ("Text".equals(field)) {
            texts.append(value).append(',');
        }
    }

    private static Component component(String name, String artifacts, String texts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String coordinates : list(artifacts)) {
            String[] parts = coordinates.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException(name + ": write artifacts as groupId:artifactId, not "
                        + coordinates);
            }
            ids.add(parts[1]);
        }
        return new Component(name, ids, list(texts));
    }

    private static List<String> list(String values) {
        return Arrays.stream(values.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }
}
