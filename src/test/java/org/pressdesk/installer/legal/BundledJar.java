package org.pressdesk.installer.legal;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A jar in the program's lib folder, named as Maven copies it: artifactId-version[-classifier].jar. */
record BundledJar(Path file, String artifactId, String version) {
    private static final Pattern NAME = Pattern.compile("(.+?)-(\\d[^-]*)(?:-([A-Za-z]\\w*))?\\.jar");

    static BundledJar of(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a Maven artifact's file name: " + file.getFileName());
        }
        return new BundledJar(file, name.group(1), name.group(2));
    }
}
