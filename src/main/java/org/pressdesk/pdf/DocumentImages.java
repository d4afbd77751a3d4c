package org.pressdesk.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pressdesk.domain.Logo;

/** The images of one document, each added once however many pages show it. */
final class DocumentImages {
    private final PDDocument document;
    private final LogoImages logos;
    private final Map<String, PDImageXObject> added = new HashMap<>();

    DocumentImages(PDDocument document, LogoImages logos) {
        this.document = document;
        this.logos = logos;
    }

    /** The logo as an image of this document, or null if it cannot be read. */
    PDImageXObject logo(Logo logo) throws IOException {
        String key = logo.sha256();
        PDImageXObject image = added.get(key);
        if (image == null) {
            LogoImages.Prepared prepared = logos.prepare(logo);
            if (prepared == null) {
                return null;
            }
            image = LogoImages.copy(document, prepared);
            added.put(key, image);
        }
        return image;
    }
}
