package org.bulwark.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;
import org.bulwark.files.UnreadablePhoto.Reason;

/**
 * Walks a PNG stream chunk by chunk, checking each chunk's CRC, and copies the critical chunks and those that say how
 * to show the colours (transparency, gamma, chromaticities, ICC profile, sRGB and HDR colour information, background,
 * significant bits, pixel density). Text, time, Exif and every other ancillary chunk are left out, and so is anything
 * after the image end. Animation chunks go too, leaving the default image.
 */
final class Png {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private static final Set<String> CRITICAL = Set.of("IHDR", "PLTE", "IDAT", "IEND");
    private static final Set<String> DISPLAY =
            Set.of("tRNS", "gAMA", "cHRM", "iCCP", "sRGB", "cICP", "mDCV", "cLLI", "sBIT", "bKGD", "pHYs");
    /** Chunks that say how to read the sample values as colours, whichever way the picture is turned. */
    private static final Set<String> COLOUR_SPACE = Set.of("gAMA", "cHRM", "iCCP", "sRGB", "cICP", "mDCV", "cLLI");

    private static final int IHDR_LENGTH = 13;

    private Png() {}

    static StrippedImage strip(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, SIGNATURE.length);
        byte[] exif = null;
        int width = 0;
        int height = 0;
        boolean data = false;
        int pos = SIGNATURE.length;
        while (true) {
            if (pos + 8 > in.length) {
                throw truncated("the file ends before the image end chunk");
            }
            long length = u32(in, pos);
            String type = typeAt(in, pos + 4);
            if (length > Integer.MAX_VALUE) {
                throw damaged("a chunk declares a length of " + length);
            }
            long end = pos + 8L + length + 4;
            if (end > in.length) {
                throw truncated("the " + type + " chunk runs past the end of the file");
            }
            int start = pos + 8;
            int dataEnd = start + (int) length;
            CRC32 crc = new CRC32();
            crc.update(in, pos + 4, 4 + (int) length);
            if (crc.getValue() != u32(in, dataEnd)) {
                throw damaged("the " + type + " chunk fails its checksum");
            }
            if (pos == SIGNATURE.length) {
                if (!type.equals("IHDR") || length != IHDR_LENGTH) {
                    throw damaged("the image does not start with its header chunk");
                }
                long declaredWidth = u32(in, start);
                long declaredHeight = u32(in, start + 4);
                if (declaredWidth == 0
                        || declaredHeight == 0
                        || declaredWidth > Integer.MAX_VALUE
                        || declaredHeight > Integer.MAX_VALUE) {
                    throw damaged(
                            "the header declares an image of " + declaredWidth + " by " + declaredHeight + " pixels");
                }
                Photos.checkPixels(declaredWidth, declaredHeight);
                width = (int) declaredWidth;
                height = (int) declaredHeight;
            } else if (type.equals("IHDR")) {
                throw damaged("the image has more than one header chunk");
            }
            if (type.equals("IDAT")) {
                data = true;
            }
            if (CRITICAL.contains(type) || DISPLAY.contains(type)) {
                out.write(in, pos, (int) (end - pos));
            } else if (type.equals("eXIf")) {
                if (exif == null) {
                    exif = Arrays.copyOfRange(in, start, dataEnd);
                }
            } else if (Character.isUpperCase(type.charAt(0))) {
                throw damaged("unknown critical chunk " + type);
            }
            if (type.equals("IEND")) {
                if (!data) {
                    throw damaged("the image holds no picture data");
                }
                return new StrippedImage(out.toByteArray(), width, height, exif);
            }
            pos = (int) end;
        }
    }

    /**
     * The encoded PNG with the colour space chunks of the original, which the encoder does not write: the samples are
     * copied as they are when a picture is turned, so they keep meaning the same colours only with those chunks.
     * Both must be PNG streams that {@link #strip} returned.
     */
    static byte[] withColourSpaceOf(byte[] encoded, byte[] original) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
        int afterHeader = SIGNATURE.length + 12 + IHDR_LENGTH;
        out.write(encoded, 0, afterHeader);
        for (int pos = SIGNATURE.length; pos < original.length; ) {
            int end = pos + 12 + (int) u32(original, pos);
            if (COLOUR_SPACE.contains(new String(original, pos + 4, 4, StandardCharsets.US_ASCII))) {
                out.write(original, pos, end - pos);
            }
            pos = end;
        }
        for (int pos = afterHeader; pos < encoded.length; ) {
            int end = pos + 12 + (int) u32(encoded, pos);
            if (!COLOUR_SPACE.contains(new String(encoded, pos + 4, 4, StandardCharsets.US_ASCII))) {
                out.write(encoded, pos, end - pos);
            }
            pos = end;
        }
        return out.toByteArray();
    }

    private static String typeAt(byte[] in, int pos) {
        for (int i = pos; i < pos + 4; i++) {
            int c = in[i] & 0xFF;
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw damaged("a chunk type is not made of letters");
            }
        }
        return new String(in, pos, 4, StandardCharsets.US_ASCII);
    }

    private static long u32(byte[] in, int pos) {
        return ((long) (in[pos] & 0xFF) << 24)
                | ((in[pos + 1] & 0xFF) << 16)
                | ((in[pos + 2] & 0xFF) << 8)
                | (in[pos + 3] & 0xFF);
    }

    private static UnreadablePhoto truncated(String detail) {
        return new UnreadablePhoto(Reason.TRUNCATED, "PNG: " + detail);
    }

    private static UnreadablePhoto damaged(String detail) {
        return new UnreadablePhoto(Reason.DAMAGED, "PNG: " + detail);
    }
}
