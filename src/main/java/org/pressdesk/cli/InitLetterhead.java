package org.pressdesk.cli;

import java.nio.file.Path;
import org.pressdesk.domain.HeaderLayout;
import org.pressdesk.domain.Logo;
import org.pressdesk.domain.Office;
import org.pressdesk.office.LogoFiles;
import picocli.CommandLine.Option;

/**
 * The first office's letterhead as {@code init} takes it, the same fields as the window's first-start screen; none
 * given means the default letterhead ({@link org.pressdesk.office.SetupService#defaultLetterhead}).
 */
final class InitLetterhead {

    @Option(names = "--country", paramLabel = "TEXT", descriptionKey = "option.country")
    String country = "";

    @Option(names = "--ministry", paramLabel = "TEXT", descriptionKey = "option.ministry")
    String ministry = "";

    @Option(names = "--motto", paramLabel = "TEXT", descriptionKey = "option.motto")
    String motto = "";

    @Option(names = "--city", paramLabel = "TEXT", descriptionKey = "option.city")
    String city = "";

    @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "option.address")
    String address = "";

    @Option(names = "--contact", paramLabel = "TEXT", descriptionKey = "option.contact")
    String contact = "";

    @Option(names = "--logo", paramLabel = "FILE", descriptionKey = "option.logo")
    Path logo;

    /** The letterhead given, or null when no field was; the logo file is checked as the window checks it. */
    Office.Letterhead letterhead() {
        Logo image = logo == null ? null : LogoFiles.read(logo);
        boolean none = image == null && String.join("", country, ministry, motto, city, address, contact).isBlank();
        if (none) {
            return null;
        }
        return new Office.Letterhead(country.strip(), motto.strip(), ministry.strip(), city.strip(), address.strip(),
                contact.strip(), "", HeaderLayout.TWO_COLUMN, image, Office.Letterhead.DEFAULT_END_MARK);
    }
}
