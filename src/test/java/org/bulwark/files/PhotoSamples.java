package org.bulwark.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Photos made here: small images written by ImageIO, with camera metadata spliced in by hand the way cameras and
 * phones store it, so that tests know every byte that must go.
 */
final class PhotoSamples {

    static final String MAKE = "Obscura Optics";
    static final String MODEL = "Pocket Lens 9000";
    /** 48° 51' 29.80" N, 2° 17' 40.20" E. */
    static final long[] LATITUDE = {48, 1, 51, 1, 2980, 100};

    static final long[] LONGITUDE = {2, 1, 17, 1, 4020, 100};
    static final double LATITUDE_DEGREES = 48 + 51 / 60.0 + 29.80 / 3600;
    static final double LONGITUDE_DEGREES = 2 + 17 / 60.0 + 40.20 / 3600;

    private PhotoSamples() {}

    /** An image whose left half is red and right half blue. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x < width / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        return image;
    }

    /** An image with a colour of its own at every pixel. */
    static BufferedImage distinctPixels(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixel(x, y));
            }
        }
        return image;
    }

    static int pixel(int x, int y) {
        return new Color(10 + 40 * x, 20 + 60 * y, 77).getRGB();
    }

    static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with the segments inserted after its JFIF header, where cameras put theirs. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        return splice(jpeg, afterJfif, segments);
    }

    static byte[] segment(int marker, byte[] data) {
        return concat(
                new byte[] {(byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2)},
                data);
    }

    static byte[] exifSegment(byte[] tiff) {
        return segment(0xE1, concat(ascii("Exif\0\0"), tiff));
    }

    static byte[] xmpSegment() {
        return segment(
                0xE1,
                ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description"
                        + " exif:GPSLatitude=\"48,51.4967N\" tiff:Make=\"" + MAKE + "\"/></rdf:RDF></x:xmpmeta>"));
    }

    static byte[] commentSegment(String text) {
        return segment(0xFE, ascii(text));
    }

    /** Where a JPEG's segment with the given marker starts, or -1. */
    static int segmentAt(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            if ((jpeg[pos + 1] & 0xFF) == marker) {
                return pos;
            }
            if ((jpeg[pos + 1] & 0xFF) == 0xDA) {
                return -1;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return -1;
    }

    /** The PNG with the chunks inserted after its header chunk. */
    static byte[] withChunks(byte[] png, byte[]... chunks) {
        return splice(png, 8 + 25, chunks);
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(ascii(type)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** The types of a PNG's chunks, in order. */
    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            types.add(new String(png, pos + 4, 4, StandardCharsets.US_ASCII));
            pos += 12 + length;
        }
        return types;
    }

    /** The PNG with its header chunk declaring other dimensions, with a valid checksum. */
    static byte[] withPngDimensions(byte[] png, int width, int height) {
        byte[] ihdr = Arrays.copyOfRange(png, 16, 16 + 13);
        ByteBuffer.wrap(ihdr).putInt(width).putInt(height);
        byte[] rest = Arrays.copyOfRange(png, 8 + 25, png.length);
        return concat(Arrays.copyOf(png, 8), chunk("IHDR", ihdr), rest);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    private static byte[] splice(byte[] content, int at, byte[]... inserted) {
        return concat(Arrays.copyOf(content, at), concat(inserted), Arrays.copyOfRange(content, at, content.length));
    }

    /** Builds a TIFF structure as an Exif block holds it: IFD0 with camera tags, and a GPS IFD. */
    static final class Tiff {

        private static final int ASCII = 2;
        private static final int SHORT = 3;
        private static final int LONG = 4;
        private static final int RATIONAL = 5;

        private final ByteOrder order;
        private String make = MAKE;
        private long makeCount = -1;
        private String model = MODEL;
        private int orientation = 0;
        private char latitudeRef = 0;
        private long[] latitude = LATITUDE;
        private char longitudeRef = 0;
        private long[] longitude = LONGITUDE;
        private long next = 0;
        private long gpsPointer = -1;

        private Tiff(ByteOrder order) {
            this.order = order;
        }

        static Tiff littleEndian() {
            return new Tiff(ByteOrder.LITTLE_ENDIAN);
        }

        static Tiff bigEndian() {
            return new Tiff(ByteOrder.BIG_ENDIAN);
        }

        Tiff orientation(int value) {
            this.orientation = value;
            return this;
        }

        /** A GPS IFD with the given references and degrees, minutes and seconds as numerator/denominator pairs. */
        Tiff gps(char latitudeRef, long[] latitude, char longitudeRef, long[] longitude) {
            this.latitudeRef = latitudeRef;
            this.latitude = latitude;
            this.longitudeRef = longitudeRef;
            this.longitude = longitude;
            return this;
        }

        Tiff gps() {
            return gps('N', LATITUDE, 'E', LONGITUDE);
        }

        Tiff makeCount(long count) {
            this.makeCount = count;
            return this;
        }

        Tiff nextDirectory(long offset) {
            this.next = offset;
            return this;
        }

        Tiff gpsPointer(long offset) {
            this.gpsPointer = offset;
            return this;
        }

        byte[] build() {
            List<Entry> first = new ArrayList<>();
            first.add(new Entry(0x010F, ASCII, makeCount, ascii(make + "\0")));
            first.add(new Entry(0x0110, ASCII, -1, ascii(model + "\0")));
            if (orientation != 0) {
                first.add(new Entry(
                        0x0112,
                        SHORT,
                        -1,
                        buffer(2).putShort((short) orientation).array()));
            }
            List<Entry> gps = new ArrayList<>();
            if (latitudeRef != 0) {
                gps.add(new Entry(1, ASCII, -1, ascii(latitudeRef + "\0")));
                gps.add(new Entry(2, RATIONAL, latitude.length / 2, rationals(latitude)));
                gps.add(new Entry(3, ASCII, -1, ascii(longitudeRef + "\0")));
                gps.add(new Entry(4, RATIONAL, longitude.length / 2, rationals(longitude)));
                first.add(new Entry(0x8825, LONG, -1, new byte[4]));
            }
            int gpsAt = 8 + size(first);
            if (!gps.isEmpty()) {
                long pointer = gpsPointer >= 0 ? gpsPointer : gpsAt;
                first.set(
                        first.size() - 1,
                        new Entry(
                                0x8825,
                                LONG,
                                -1,
                                buffer(4).putInt((int) pointer).array()));
            }
            ByteBuffer tiff = buffer(gpsAt + (gps.isEmpty() ? 0 : size(gps)));
            tiff.put(ascii(order == ByteOrder.LITTLE_ENDIAN ? "II" : "MM"))
                    .putShort((short) 42)
                    .putInt(8);
            write(tiff, 8, first, next);
            if (!gps.isEmpty()) {
                write(tiff, gpsAt, gps, 0);
            }
            return tiff.array();
        }

        private record Entry(int tag, int type, long count, byte[] value) {}

        private static int size(List<Entry> entries) {
            int size = 2 + 12 * entries.size() + 4;
            for (Entry entry : entries) {
                if (entry.value().length > 4) {
                    size += entry.value().length + (entry.value().length & 1);
                }
            }
            return size;
        }

        private static void write(ByteBuffer tiff, int at, List<Entry> entries, long next) {
            tiff.position(at);
            tiff.putShort((short) entries.size());
            int dataAt = at + 2 + 12 * entries.size() + 4;
            for (Entry entry : entries) {
                long count = entry.count() >= 0
                        ? entry.count()
                        : entry.type() == ASCII ? entry.value().length : entry.value().length / unit(entry.type());
                tiff.putShort((short) entry.tag())
                        .putShort((short) entry.type())
                        .putInt((int) count);
                if (entry.value().length <= 4) {
                    tiff.put(Arrays.copyOf(entry.value(), 4));
                } else {
                    tiff.putInt(dataAt);
                    tiff.put(dataAt, entry.value());
                    dataAt += entry.value().length + (entry.value().length & 1);
                }
            }
            tiff.putInt((int) next);
        }

        private static int unit(int type) {
            return switch (type) {
                case SHORT -> 2;
                case LONG -> 4;
                case RATIONAL -> 8;
                default -> 1;
            };
        }

        private byte[] rationals(long[] values) {
            ByteBuffer bytes = buffer(4 * values.length);
            for (long value : values) {
                bytes.putInt((int) value);
            }
            return bytes.array();
        }

        private ByteBuffer buffer(int size) {
            return ByteBuffer.allocate(size).order(order);
        }
    }
}
