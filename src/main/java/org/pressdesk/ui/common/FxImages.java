package org.pressdesk.ui.common;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Rendered pages (AWT images) as JavaFX images, without the javafx-swing module. */
public final class FxImages {
    private FxImages() {
    }

    /**
     * {@code image} as a JavaFX image. A rendered page (an RGB image of ints, as PDFBox makes) is shown from its own
     * pixels, without a copy: its alpha byte, which AWT ignores in an RGB image, is set to opaque in place, and the
     * JavaFX image reads the same array. Each copy was a 3.6 MB array at every pause in typing (issue 14, point 5).
     * The caller must not change {@code image} afterwards. Any other kind of image is copied.
     */
    public static WritableImage of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints && ints.getNumBanks() == 1
                && ints.getOffset() == 0 && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel
                        model && model.getScanlineStride() == width && image.getRaster().getParent() == null) {
            int[] pixels = ints.getData();
            for (int i = 0; i < width * height; i++) {
                pixels[i] |= 0xFF000000;
            }
            return new WritableImage(new PixelBuffer<>(width, height, IntBuffer.wrap(pixels, 0, width * height),
                    PixelFormat.getIntArgbPreInstance()));
        }
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}
