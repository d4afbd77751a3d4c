package org.pressdesk.installer.legal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step of the installer profile: puts together the "legal" folder shipped in the app image (the notices,
 * the full licence texts, and the licence and notice files found inside each bundled jar), and fails when the
 * notices and the bundled jars disagree. Arguments: the notices file, the folder of licence texts, the folder of
 * bundled jars and the output folder.
 */
public final class GatherLegal {
    private final ThirdPartyNotices notices;
    private final Path out;
    private final List<String> problems = new ArrayList<>();

    private GatherLegal(ThirdPartyNotices notices, Path out) {
        this.notices = notices;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: GatherLegal NOTICES LICENSES-FOLDER LIB-FOLDER OUTPUT-FOLDER");
        }
        gather(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        System.out.println("Licences and notices gathered into " + args[3]);
    }

    static void gather(Path noticesFile, Path licences, Path lib, Path out) throws IOException {
        ThirdPartyNotices notices = ThirdPartyNotices.parse(Files.readString(noticesFile, StandardCharsets.UTF_8));
        GatherLegal legal = new GatherLegal(notices, out);
        Files.createDirectories(out);
        Files.copy(noticesFile, out.resolve("THIRD-PARTY-NOTICES.txt"), StandardCopyOption.REPLACE_EXISTING);
        copyFolder(licences, out.resolve("licenses"));
        legal.copyFromJars(jars(lib));
        legal.checkCitedTexts();
        if (!legal.problems.isEmpty()) {
            throw new IllegalStateException("The third-party notices (" + noticesFile + ") do not match what the "
                    + "installer bundles:\n  " + String.join("\n  ", legal.problems));
        }
    }

    private static List<BundledJar> jars(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().map(BundledJar::of).toList();
        }
    }

    private void copyFromJars(List<BundledJar> jars) throws IOException {
        Set<String> bundled = new TreeSet<>();
        for (BundledJar jar : jars) {
            bundled.add(jar.artifactId());
            if (!notices.artifactIds().contains(jar.artifactId())) {
                problems.add(jar.file().getFileName() + " is bundled but the notices do not name "
                        + jar.artifactId() + ": add it, with its licence, to an \"Artifacts:\" line");
            }
            copyLicenceEntries(jar);
        }
        for (String named : notices.artifactIds()) {
            if (!bundled.contains(named)) {
                problems.add("the notices name " + named + " but no such jar is bundled: remove it");
            }
        }
    }

    /** Copies the jar's licence, notice and similar files to third-party/ARTIFACT/, keeping their paths. */
    private void copyLicenceEntries(BundledJar jar) throws IOException {
        Path target = out.resolve("third-party").resolve(jar.artifactId()).normalize();
        try (ZipFile zip = new ZipFile(jar.file().toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isLegalFile(entry.getName())) {
                    continue;
                }
                Path copy = target.resolve(entry.getName()).normalize();
                if (!copy.startsWith(target)) {
                    throw new IOException("entry outside its folder in " + jar.file() + ": " + entry.getName());
                }
                Files.createDirectories(copy.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static boolean isLegalFile(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !name.endsWith(".class") && (name.contains("license") || name.contains("licence")
                || name.contains("notice") || name.startsWith("copying"));
    }

    private void checkCitedTexts() {
        for (ThirdPartyNotices.Component component : notices.components()) {
            for (String text : component.texts()) {
                if (!Files.isRegularFile(out.resolve(text))) {
                    problems.add(component.name() + " cites " + text + ", which is not in the legal folder");
                }
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
