package org.bulwark.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bulwark.files.UnreadablePhoto.Reason;

/**
 * Walks a JPEG stream marker by marker and copies only what a decoder needs to show the picture as it was taken:
 * tables, frame and scan headers, entropy-coded data, the JFIF header (without its thumbnail), the ICC profile and
 * Adobe's colour transform marker. Exif, XMP, IPTC, maker and comment segments, and anything after the end of image
 * (where phones append depth maps, videos and their own metadata), are left out.
 */
final class Jpeg {

    private static final int SOF0 = 0xC0;
    private static final int SOF15 = 0xCF;
    private static final int DHT = 0xC4;
    private static final int JPG = 0xC8;
    private static final int DAC = 0xCC;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int DQT = 0xDB;
    private static final int DNL = 0xDC;
    private static final int DRI = 0xDD;
    private static final int DHP = 0xDE;
    private static final int EXP = 0xDF;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final int TEM = 0x01;

    private static final byte[] JFIF = ascii("JFIF\0");
    private static final byte[] EXIF = ascii("Exif\0");
    private static final byte[] ICC_PROFILE = ascii("ICC_PROFILE\0");
    private static final byte[] ADOBE = ascii("Adobe");
    // identifier, version, density unit and densities: the JFIF header up to its thumbnail size
    private static final int JFIF_HEADER = 5 + 2 + 1 + 2 + 2;

    private Jpeg() {}

    static StrippedImage strip(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(SOI);
        byte[] exif = null;
        int width = 0;
        int height = 0;
        boolean scanned = false;
        int pos = 2;
        while (true) {
            if (pos >= in.length) {
                throw truncated("the file ends before the end-of-image marker");
            }
            if ((in[pos] & 0xFF) != 0xFF) {
                throw damaged("expected a marker at byte " + pos);
            }
            while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= in.length) {
                throw truncated("the file ends inside a marker");
            }
            int marker = in[pos++] & 0xFF;
            if (marker == EOI) {
                if (!scanned) {
                    throw damaged("the image ends before any picture data");
                }
                out.write(0xFF);
                out.write(EOI);
                return new StrippedImage(out.toByteArray(), width, height, exif);
            }
            if (marker == TEM || (marker >= RST0 && marker <= RST7)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (pos + 2 > in.length) {
                throw truncated("the file ends inside the length of a segment");
            }
            int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
            if (length < 2) {
                throw damaged("a segment declares a length of " + length);
            }
            int start = pos + 2;
            int end = pos + length;
            if (end > in.length) {
                throw truncated("a segment runs past the end of the file");
            }
            if (isFrame(marker)) {
                if (width != 0) {
                    throw damaged("the image has more than one frame header");
                }
                if (length < 8) {
                    throw damaged("the frame header is too short");
                }
                height = ((in[start + 1] & 0xFF) << 8) | (in[start + 2] & 0xFF);
                width = ((in[start + 3] & 0xFF) << 8) | (in[start + 4] & 0xFF);
                if (width == 0 || height == 0) {
                    throw damaged("the frame header declares an image of " + width + " by " + height + " pixels");
                }
                Photos.checkPixels(width, height);
                copy(out, in, pos - 2, end);
            } else if (marker == SOS) {
                if (width == 0) {
                    throw damaged("picture data comes before the frame header");
                }
                scanned = true;
                int data = entropyCodedEnd(in, end);
                copy(out, in, pos - 2, data);
                pos = data;
                continue;
            } else if (marker == DHT
                    || marker == DAC
                    || marker == DQT
                    || marker == DNL
                    || marker == DRI
                    || marker == DHP
                    || marker == EXP) {
                copy(out, in, pos - 2, end);
            } else if (marker == APP0) {
                if (startsWith(in, start, end, JFIF) && end - start >= JFIF_HEADER + 2) {
                    writeJfifWithoutThumbnail(out, in, start);
                }
            } else if (marker == APP1) {
                if (exif == null && startsWith(in, start, end, EXIF)) {
                    if (end - start < EXIF.length + 1) {
                        throw new UnreadablePhoto(Reason.MALFORMED_METADATA, "the Exif segment holds no TIFF data");
                    }
                    exif = Arrays.copyOfRange(in, start + EXIF.length + 1, end);
                }
            } else if (marker == APP2 && startsWith(in, start, end, ICC_PROFILE)
                    || marker == APP14 && startsWith(in, start, end, ADOBE)) {
                copy(out, in, pos - 2, end);
            } else if (!(marker >= APP0 && marker <= APP15) && marker != COM) {
                throw damaged(String.format("unexpected marker 0x%02X", marker));
            }
            pos = end;
        }
    }

    /** Where the entropy-coded data after a scan header ends: at the first marker that is not a restart. */
    private static int entropyCodedEnd(byte[] in, int from) {
        int pos = from;
        while (true) {
            if (pos + 1 >= in.length) {
                throw truncated("the file ends inside the picture data");
            }
            if ((in[pos] & 0xFF) == 0xFF) {
                int next = in[pos + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !(next >= RST0 && next <= RST7)) {
                    return pos;
                }
            }
            pos++;
        }
    }

    private static boolean isFrame(int marker) {
        return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG && marker != DAC;
    }

    private static void writeJfifWithoutThumbnail(ByteArrayOutputStream out, byte[] in, int start) {
        int length = 2 + JFIF_HEADER + 2;
        out.write(0xFF);
        out.write(APP0);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(in, start, JFIF_HEADER);
        out.write(0);
        out.write(0);
    }

    private static void copy(ByteArrayOutputStream out, byte[] in, int from, int to) {
        out.write(in, from, to - from);
    }

    private static boolean startsWith(byte[] in, int start, int end, byte[] prefix) {
        return end - start >= prefix.length
                && Arrays.equals(in, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static UnreadablePhoto truncated(String detail) {
        return new UnreadablePhoto(Reason.TRUNCATED, "JPEG: " + detail);
    }

    private static UnreadablePhoto damaged(String detail) {
        return new UnreadablePhoto(Reason.DAMAGED, "JPEG: " + detail);
    }
}
