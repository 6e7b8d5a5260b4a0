package io.touchmap.load;

import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Location;
import io.touchmap.model.Logo;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Reads a theme's logo: a PNG or JPEG file inside the map directory, of at most 512 KB and 4,096 pixels on a side,
 * recognised by its first bytes and decoded once, so that no report fails on it later.
 */
final class LogoFile {

    /** The largest logo file, in bytes. */
    static final int MAX_BYTES = 512 * 1024;
    /** The largest side of a logo, in pixels: a bound on the memory its decoding takes. */
    static final int MAX_SIDE = 4096;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private LogoFile() {
    }

    /** The logo of the file {@code written} (relative to the map directory), or null after reporting at {@code at}. */
    static Logo read(ReadContext context, String written, Location at) {
        SourceFile file = MapPath.resolve(context, written, at, MapPath.LOGO);
        if (file == null) {
            return null;
        }
        Reporter out = context.reporter();
        if (file.size() > MAX_BYTES) {
            out.report(DiagnosticText.LOGO_TOO_LARGE, at, written, file.size(), MAX_BYTES);
            return null;
        }
        byte[] bytes = YamlSource.readBytes(context.source(), file, context.limits(), out, context.inputs());
        if (bytes == null) {
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            out.report(DiagnosticText.LOGO_TOO_LARGE, at, written, bytes.length, MAX_BYTES);
            return null;
        }
        String format = isPng(bytes) ? "png" : isJpeg(bytes) ? "jpeg" : null;
        if (format == null) {
            out.report(DiagnosticText.LOGO_NOT_IMAGE, at, written);
            return null;
        }
        int[] size = format.equals("png") ? pngSize(bytes) : jpegSize(bytes);
        if (size == null) {
            out.report(DiagnosticText.LOGO_UNDECODABLE, at, written);
            return null;
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            out.report(DiagnosticText.LOGO_TOO_MANY_PIXELS, at, written, size[0], size[1], MAX_SIDE);
            return null;
        }
        Logo logo = new Logo(format, bytes, size[0], size[1]);
        try {
            BufferedImage image = logo.pixels();
            if (image == null || image.getWidth() != size[0] || image.getHeight() != size[1]) {
                out.report(DiagnosticText.LOGO_UNDECODABLE, at, written);
                return null;
            }
        } catch (IOException | RuntimeException e) {
            out.report(DiagnosticText.LOGO_UNDECODABLE, at, written);
            return null;
        }
        return logo;
    }

    static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG.length) {
            return false;
        }
        for (int i = 0; i < PNG.length; i++) {
            if (bytes[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
    }

    /** Width and height from the IHDR chunk, which a PNG always starts with; null when it does not. */
    private static int[] pngSize(byte[] bytes) {
        if (bytes.length < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
            return null;
        }
        return new int[] {int32(bytes, 16), int32(bytes, 20)};
    }

    /** Width and height from the first start-of-frame segment; null when there is none before the image data. */
    private static int[] jpegSize(byte[] bytes) {
        int i = 2;
        while (i + 9 < bytes.length) {
            if ((bytes[i] & 0xff) != 0xff) {
                return null;
            }
            int marker = bytes[i + 1] & 0xff;
            if (marker == 0xff) {
                i++;
                continue;
            }
            int length = (bytes[i + 2] & 0xff) << 8 | (bytes[i + 3] & 0xff);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                int height = (bytes[i + 5] & 0xff) << 8 | (bytes[i + 6] & 0xff);
                int width = (bytes[i + 7] & 0xff) << 8 | (bytes[i + 8] & 0xff);
                return new int[] {width, height};
            }
            if (marker == 0xda || length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] bytes, int at) {
        long value = (long) (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | (bytes[at + 3] & 0xff);
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
