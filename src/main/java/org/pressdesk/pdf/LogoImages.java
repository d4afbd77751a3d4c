package org.pressdesk.pdf;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pressdesk.domain.Logo;

/**
 * Office logos made ready for PDF once and reused: decoding a PNG and compressing it again for every export would
 * cost more than the rest of a page. A logo is scaled down to at most {@link #MAX_PIXELS} on its longer side (600
 * pixels over 25 mm print at 600 dpi), kept as the raw bytes of its image stream (and of its transparency mask), and
 * copied into each document. Thread-safe. A logo that cannot be read is left out rather than failing an export.
 */
final class LogoImages {
    static final int MAX_PIXELS = 600;
    private static final int CACHE_SIZE = 16;

    /** An image stream ready to copy: its dictionary without length, its encoded bytes, its soft mask if any. */
    record Prepared(int width, int height, COSDictionary dictionary, byte[] encoded, Prepared mask) {
    }

    private final Map<String, Prepared> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The logo ready for PDF, or null when it cannot be read as an image. */
    synchronized Prepared prepare(Logo logo) {
        String key = logo.sha256();
        Prepared prepared = cache.get(key);
        if (prepared == null) {
            prepared = read(logo);
            if (prepared != null) {
                cache.put(key, prepared);
            }
        }
        return prepared;
    }

    private static Prepared read(Logo logo) {
        try (PDDocument scratch = new PDDocument()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
            if (image == null) {
                return null;
            }
            PDImageXObject pdf = encode(scratch, logo, image);
            return prepared(pdf.getCOSObject(), pdf.getWidth(), pdf.getHeight());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static PDImageXObject encode(PDDocument scratch, Logo logo, BufferedImage image) throws IOException {
        boolean small = Math.max(image.getWidth(), image.getHeight()) <= MAX_PIXELS;
        boolean plainJpeg = Logo.JPEG.equals(logo.mediaType()) && !image.getColorModel().hasAlpha()
                && image.getColorModel().getNumComponents() != 4;
        if (small && plainJpeg) {
            return JPEGFactory.createFromByteArray(scratch, logo.bytes());
        }
        BufferedImage scaled = small ? image : scale(image);
        return plainJpeg ? JPEGFactory.createFromImage(scratch, scaled, 0.9f)
                : LosslessFactory.createFromImage(scratch, scaled);
    }

    private static BufferedImage scale(BufferedImage image) {
        float factor = (float) MAX_PIXELS / Math.max(image.getWidth(), image.getHeight());
        int width = Math.max(1, Math.round(image.getWidth() * factor));
        int height = Math.max(1, Math.round(image.getHeight() * factor));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage scaled = new BufferedImage(width, height, type);
        var graphics = scaled.createGraphics();
        graphics.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        graphics.dispose();
        return scaled;
    }

    private static Prepared prepared(COSStream stream, int width, int height) throws IOException {
        COSDictionary dictionary = new COSDictionary();
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            if (!COSName.LENGTH.equals(entry.getKey()) && !COSName.SMASK.equals(entry.getKey())) {
                dictionary.setItem(entry.getKey(), entry.getValue());
            }
        }
        byte[] encoded;
        try (InputStream raw = stream.createRawInputStream()) {
            encoded = raw.readAllBytes();
        }
        COSBase mask = stream.getDictionaryObject(COSName.SMASK);
        Prepared soft = mask instanceof COSStream maskStream ? prepared(maskStream, width, height) : null;
        return new Prepared(width, height, dictionary, encoded, soft);
    }

    /** A copy of the prepared image in {@code document}. */
    static PDImageXObject copy(PDDocument document, Prepared prepared) throws IOException {
        return new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream(document, prepared)), null);
    }

    private static COSStream stream(PDDocument document, Prepared prepared) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> entry : prepared.dictionary().entrySet()) {
            COSBase value = entry.getValue();
            stream.setItem(entry.getKey(), value instanceof COSDictionary shared ? new COSDictionary(shared) : value);
        }
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(prepared.encoded());
        }
        if (prepared.mask() != null) {
            stream.setItem(COSName.SMASK, stream(document, prepared.mask()));
        }
        return stream;
    }
}
