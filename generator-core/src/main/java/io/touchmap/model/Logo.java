package io.touchmap.model;

import java.util.Arrays;

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
