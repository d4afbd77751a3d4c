package org.pressdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagePreviewTest {

    private static byte[] pdf;
    private static int pageCount;
    private final PagePreview preview = new PagePreview();

    @BeforeAll
    static void export() {
        RenderedPdf rendered = new CommuniquePdfWriter().toBytes(SampleCommuniques.pages(2));
        pageCount = rendered.result().pageCount();
        assertThat(pageCount).isGreaterThan(1);
        pdf = rendered.bytes();
    }

    @Test
    void rendersAPageAtTheRequestedResolution() throws Exception {
        PagePreview.Page page = preview.render(pdf, 1, 36f);
        assertThat(page.pageIndex()).isEqualTo(1);
        assertThat(page.pageCount()).isEqualTo(pageCount);
        BufferedImage image = page.image();
        assertThat(image.getWidth()).isBetween(297, 299);
        assertThat(image.getHeight()).isBetween(420, 422);
        assertThat(darkPixels(image)).as("text was drawn").isGreaterThan(1000);
    }

    @Test
    void countsPages() throws Exception {
        assertThat(preview.pageCount(pdf)).isEqualTo(pageCount);
    }

    @Test
    void aPageBeyondTheEndShowsTheLastOneAndBeforeTheStartTheFirst() throws Exception {
        assertThat(preview.render(pdf, pageCount + 3, 36f).pageIndex()).isEqualTo(pageCount - 1);
        assertThat(preview.render(pdf, -1, 36f).pageIndex()).isZero();
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
