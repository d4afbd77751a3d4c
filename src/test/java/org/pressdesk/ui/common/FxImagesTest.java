package org.pressdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressdesk.pdf.PagePreview;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rendered pages shown as JavaFX images: a page of PDFBox's (RGB ints) is read in place with every pixel opaque and
 * its colours kept; any other kind of image is copied with the same result.
 */
@ExtendWith(ApplicationExtension.class)
class FxImagesTest {
    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    @Test
    void aRenderedPageIsShownFromItsOwnPixelsOpaqueAndUnchanged() throws Exception {
        BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        paint(rgb);
        WritableImage shown = FxImages.of(rgb);
        assertSamePicture(rgb, shown);
        // the same array: a change of the page's pixel shows in the JavaFX image (no copy was made)
        ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData()[0] = 0xFF0000FF;
        assertThat(shown.getPixelReader().getArgb(0, 0)).isEqualTo(0xFF0000FF);
    }

    @Test
    void otherImagesAreCopiedWithTheSamePicture() {
        BufferedImage bgr = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        paint(bgr);
        assertSamePicture(bgr, FxImages.of(bgr));
        BufferedImage part = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB).getSubimage(10, 10, 40, 30);
        paint(part);
        assertSamePicture(part, FxImages.of(part));
    }

    @Test
    void aPreviewPageOfARealPdfIsOpaqueWhite() throws Exception {
        PagePreview.Page page = new PagePreview().render(blankPage(), 0, 36);
        WritableImage shown = FxImages.of(page.image());
        assertThat(shown.getPixelReader().getArgb(1, 1)).as("the margin: opaque white").isEqualTo(0xFFFFFFFF);
    }

    private static byte[] blankPage() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void paint(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 30);
        g.setColor(new Color(200, 30, 60));
        g.fillRect(5, 5, 10, 10);
        g.dispose();
    }

    private static void assertSamePicture(BufferedImage expected, WritableImage shown) {
        assertThat(shown.getWidth()).isEqualTo(expected.getWidth());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(shown.getPixelReader().getArgb(x, y)).as("pixel %d,%d", x, y)
                        .isEqualTo(expected.getRGB(x, y) | 0xFF000000);
            }
        }
    }
}
