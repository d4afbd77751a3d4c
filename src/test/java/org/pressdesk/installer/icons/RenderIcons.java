package org.pressdesk.installer.icons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step of the installer profile: renders installer/icons/pressdesk.svg into the icon files jpackage takes
 * (pressdesk.png for Linux, pressdesk.ico for Windows, pressdesk.icns for macOS). Arguments: the SVG file and the
 * output folder.
 */
public final class RenderIcons {
    /** The PNG jpackage puts beside the Linux launcher and names in the desktop entry. */
    static final int LINUX_SIZE = 256;

    private RenderIcons() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RenderIcons SVG-FILE OUTPUT-FOLDER");
        }
        SvgIcon icon = SvgIcon.read(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        Files.write(out.resolve("pressdesk.png"), IconFiles.png(icon.render(LINUX_SIZE)));
        Files.write(out.resolve("pressdesk.ico"), IconFiles.ico(icon));
        Files.write(out.resolve("pressdesk.icns"), IconFiles.icns(icon));
        System.out.println("Icons rendered from " + args[0] + " into " + out);
    }
}
