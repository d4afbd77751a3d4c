package org.pressdesk.installer.icons;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The icon files each system wants: PNG (Linux), ICO (Windows) and ICNS (macOS). ICO and ICNS entries hold PNG
 * data, which Windows reads since Vista and macOS since 10.7.
 */
final class IconFiles {
    /** Sizes inside the Windows icon: the shell picks 16 to 48 for lists and menus, 256 for large tiles. */
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** ICNS entry types with their sizes in pixels (ic11 to ic14 and ic10 are the @2x ones). */
    static final List<IcnsEntry> ICNS_ENTRIES = List.of(new IcnsEntry("icp4", 16), new IcnsEntry("icp5", 32),
            new IcnsEntry("ic11", 32), new IcnsEntry("icp6", 64), new IcnsEntry("ic12", 64),
            new IcnsEntry("ic07", 128), new IcnsEntry("ic08", 256), new IcnsEntry("ic13", 256),
            new IcnsEntry("ic09", 512), new IcnsEntry("ic14", 512), new IcnsEntry("ic10", 1024));

    record IcnsEntry(String type, int size) {
    }

    private IconFiles() {
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An ICO file: a directory of entries (width and height 0 mean 256), then each entry's PNG. */
    static byte[] ico(SvgIcon icon) {
        byte[][] images = ICO_SIZES.stream().map(size -> png(icon.render(size))).toArray(byte[][]::new);
        int offset = 6 + 16 * images.length;
        ByteBuffer out = ByteBuffer.allocate(offset + Arrays.stream(images).mapToInt(b -> b.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.length);
        for (int i = 0; i < images.length; i++) {
            int size = ICO_SIZES.get(i);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            out.put(image);
        }
        return out.array();
    }

    /** An ICNS file: "icns" and the file's length, then entries of a type, their length and a PNG (big-endian). */
    static byte[] icns(SvgIcon icon) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(entries)) {
            for (IcnsEntry entry : ICNS_ENTRIES) {
                byte[] image = png(icon.render(entry.size()));
                out.write(entry.type().getBytes(StandardCharsets.US_ASCII));
                out.writeInt(8 + image.length);
                out.write(image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write("icns".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(8 + entries.size());
            entries.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }
}
