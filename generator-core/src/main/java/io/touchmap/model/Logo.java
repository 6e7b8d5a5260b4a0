package io.touchmap.model;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The image of a theme's logo, as read from its file: a PNG or a JPEG, with the size in pixels its header gives, so
 * that reports can reserve its place before it loads.
 *
 * @param format {@code png} or {@code jpeg}, as the file's first bytes say (never its name)
 */
public record Logo(String format, byte[] bytes, int width, int height) {

    public Logo {
        bytes = bytes.clone();
    }

    /** The file's bytes; a copy, since the logo is shared by every report of the map. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The logo's pixels, or null if no reader knows its format. Decoded in memory: ImageIO's default cache is a file
     * in Java's temporary folder, which a locked-down machine may not let it write.
     */
    public BufferedImage pixels() throws IOException {
        // ImageIO closes the stream it reads from.
        return ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
    }

    /** The extension a copy of the file takes: {@code png} or {@code jpg}. */
    public String extension() {
        return format.equals("jpeg") ? "jpg" : "png";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && format.equals(logo.format) && width == logo.width && height == logo.height
                && Arrays.equals(bytes, logo.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + format + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
