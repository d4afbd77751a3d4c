package org.pressdesk.installer.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The icon files rendered from installer/icons/pressdesk.svg, read back as Windows and macOS read them. */
class IconFilesTest {
    private static final Path SOURCE = Path.of("installer/icons/pressdesk.svg");
    private static final int BLUE = 0x1d4e89;
    private static final int RED = 0xc8102e;

    @TempDir
    Path directory;

    @Test
    void theSvgDrawsTheBluePlateTheWhitePageAndTheRedSeal() throws IOException {
        BufferedImage image = SvgIcon.read(SOURCE).render(256);
        assertThat(image.getRGB(0, 0) >>> 24).as("corner outside the rounded plate").isZero();
        assertThat(rgb(image, 30, 128)).isEqualTo(BLUE);
        assertThat(rgb(image, 80, 200)).isEqualTo(0xffffff);
        assertThat(rgb(image, 180, 215)).isEqualTo(RED);
    }

    @Test
    void theWindowsIconHoldsEverySizeAsAReadablePng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(IconFiles.ico(SvgIcon.read(SOURCE))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int declared = ico.get(entry) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            byte[] png = Arrays.copyOfRange(ico.array(), ico.getInt(entry + 12),
                    ico.getInt(entry + 12) + ico.getInt(entry + 8));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(declared);
            assertThat(image.getHeight()).isEqualTo(declared);
            sizes.add(declared);
        }
        assertThat(sizes).containsExactlyElementsOf(IconFiles.ICO_SIZES);
    }

    @Test
    void theMacIconHoldsEveryEntryWithItsDeclaredLength() throws IOException {
        byte[] icns = IconFiles.icns(SvgIcon.read(SOURCE));
        ByteBuffer buffer = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(buffer.getInt(4)).isEqualTo(icns.length);
        int position = 8;
        for (IconFiles.IcnsEntry expected : IconFiles.ICNS_ENTRIES) {
            assertThat(new String(icns, position, 4, StandardCharsets.US_ASCII)).isEqualTo(expected.type());
            int length = buffer.getInt(position + 4);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(icns, position + 8, length - 8));
            assertThat(image.getWidth()).as(expected.type()).isEqualTo(expected.size());
            position += length;
        }
        assertThat(position).isEqualTo(icns.length);
    }

    @Test
    void theBuildStepWritesTheThreeFiles() throws IOException {
        RenderIcons.main(new String[] {SOURCE.toString(), directory.toString()});
        assertThat(ImageIO.read(directory.resolve("pressdesk.png").toFile()).getWidth())
                .isEqualTo(RenderIcons.LINUX_SIZE);
        assertThat(directory.resolve("pressdesk.ico")).isNotEmptyFile();
        assertThat(directory.resolve("pressdesk.icns")).isNotEmptyFile();
    }

    @Test
    void svgTheRendererCannotDrawIsRefusedNotDrawnWrongly() throws IOException {
        Path ellipse = directory.resolve("ellipse.svg");
        Files.writeString(ellipse, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<ellipse cx=\"5\" cy=\"5\" rx=\"4\" ry=\"2\"/></svg>");
        assertThatThrownBy(() -> SvgIcon.read(ellipse)).hasMessageContaining("ry");
        Path arc = directory.resolve("arc.svg");
        Files.writeString(arc, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<path d=\"M1 1 A 4 4 0 0 1 9 9\"/></svg>");
        assertThatThrownBy(() -> SvgIcon.read(arc)).hasMessageContaining("unsupported path command 'A'");
    }

    @Test
    void relativePathCommandsContinueFromTheCurrentPoint() {
        assertThat(SvgPath.parse("M10 10 l5 0 v5 h-5 z").getBounds2D())
                .isEqualTo(SvgPath.parse("M10 10 L15 10 V15 H10 Z").getBounds2D());
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
