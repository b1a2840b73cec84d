package org.bulwark.files;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bulwark.files.UnreadablePhoto.Reason;
import org.jspecify.annotations.Nullable;

/**
 * What a photo's Exif block (a TIFF structure) says about showing it and where it was taken: the orientation from
 * IFD0 and the position from the GPS IFD. Every directory reachable from IFD0 (its chain, the Exif, GPS and
 * interoperability directories) is checked, whatever is read from it: offsets and sizes within the block, no
 * directory visited twice, at most {@link #MAX_DIRECTORIES} of them. Maker notes are not followed.
 *
 * @param orientation the Exif orientation, 1 to 8; 1 (as stored) when absent or outside that range
 * @param location the recorded position, or null when the GPS directory has no complete latitude and longitude
 */
record Exif(int orientation, @Nullable PhotoLocation location) {

    static final Exif NONE = new Exif(1, null);

    private static final int MAX_DIRECTORIES = 16;
    private static final int TIFF_MAGIC = 42;
    private static final int ENTRY_SIZE = 12;

    private static final int ORIENTATION = 0x0112;
    private static final int EXIF_DIRECTORY = 0x8769;
    private static final int GPS_DIRECTORY = 0x8825;
    private static final int INTEROPERABILITY_DIRECTORY = 0xA005;
    private static final int GPS_LATITUDE_REF = 1;
    private static final int GPS_LATITUDE = 2;
    private static final int GPS_LONGITUDE_REF = 3;
    private static final int GPS_LONGITUDE = 4;

    private static final int ASCII = 2;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;
    private static final int IFD = 13;

    /** Reads the block; throws {@link UnreadablePhoto} with {@link Reason#MALFORMED_METADATA} when it is malformed. */
    static Exif read(byte[] tiff) {
        return new Reader(tiff).read();
    }

    private record Entry(int type, long count, int valueAt) {}

    private record Directory(Map<Integer, Entry> entries, long next) {}

    private static final class Reader {

        private final byte[] tiff;
        private final Set<Long> visited = new HashSet<>();
        private boolean littleEndian;

        Reader(byte[] tiff) {
            this.tiff = tiff;
        }

        Exif read() {
            if (tiff.length < 8) {
                throw malformed("the block is too short for a TIFF header");
            }
            if (tiff[0] == 'I' && tiff[1] == 'I') {
                littleEndian = true;
            } else if (!(tiff[0] == 'M' && tiff[1] == 'M')) {
                throw malformed("the TIFF header has no valid byte order marker");
            }
            if (u16(2) != TIFF_MAGIC) {
                throw malformed("the TIFF header has no valid magic number");
            }
            Directory first = directory(u32(4));
            for (long next = first.next(); next != 0; ) {
                next = directory(next).next();
            }
            Directory exif = subDirectory(first, EXIF_DIRECTORY);
            if (exif != null) {
                subDirectory(exif, INTEROPERABILITY_DIRECTORY);
            }
            Directory gps = subDirectory(first, GPS_DIRECTORY);
            return new Exif(orientation(first), gps == null ? null : location(gps));
        }

        private @Nullable Directory subDirectory(Directory parent, int tag) {
            Entry pointer = parent.entries().get(tag);
            if (pointer == null) {
                return null;
            }
            if (!(pointer.type() == LONG || pointer.type() == IFD) || pointer.count() != 1) {
                throw malformed(String.format("the directory pointer 0x%04X is not a single offset", tag));
            }
            return directory(u32(pointer.valueAt()));
        }

        private Directory directory(long offset) {
            if (!visited.add(offset)) {
                throw malformed("the directories form a loop at offset " + offset);
            }
            if (visited.size() > MAX_DIRECTORIES) {
                throw malformed("the block has more than " + MAX_DIRECTORIES + " directories");
            }
            if (offset < 8 || offset + 2 > tiff.length) {
                throw malformed("a directory offset " + offset + " lies outside the block");
            }
            int at = (int) offset;
            int count = u16(at);
            if (at + 2L + (long) count * ENTRY_SIZE + 4 > tiff.length) {
                throw malformed("a directory of " + count + " entries runs past the end of the block");
            }
            Map<Integer, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                int entryAt = at + 2 + i * ENTRY_SIZE;
                int tag = u16(entryAt);
                int type = u16(entryAt + 2);
                long valueCount = u32(entryAt + 4);
                int unit = unitSize(type);
                if (unit == 0) {
                    // TIFF readers skip entries of unknown types
                    continue;
                }
                long size = valueCount * unit;
                int valueAt = entryAt + 8;
                if (size > 4) {
                    long valueOffset = u32(valueAt);
                    if (valueOffset + size > tiff.length) {
                        throw malformed(String.format(
                                "the value of entry 0x%04X (%d bytes at offset %d) lies outside the block",
                                tag, size, valueOffset));
                    }
                    valueAt = (int) valueOffset;
                }
                entries.putIfAbsent(tag, new Entry(type, valueCount, valueAt));
            }
            return new Directory(entries, u32(at + 2 + count * ENTRY_SIZE));
        }

        private int orientation(Directory directory) {
            Entry entry = directory.entries().get(ORIENTATION);
            if (entry == null || entry.count() != 1) {
                return 1;
            }
            long value = entry.type() == SHORT ? u16(entry.valueAt()) : entry.type() == LONG ? u32(entry.valueAt()) : 1;
            return value >= 1 && value <= 8 ? (int) value : 1;
        }

        private @Nullable PhotoLocation location(Directory gps) {
            Entry latitudeRef = gps.entries().get(GPS_LATITUDE_REF);
            Entry latitude = gps.entries().get(GPS_LATITUDE);
            Entry longitudeRef = gps.entries().get(GPS_LONGITUDE_REF);
            Entry longitude = gps.entries().get(GPS_LONGITUDE);
            if (latitudeRef == null || latitude == null || longitudeRef == null || longitude == null) {
                return null;
            }
            double lat = degrees(latitude, "latitude") * sign(latitudeRef, 'N', 'S', "latitude");
            double lon = degrees(longitude, "longitude") * sign(longitudeRef, 'E', 'W', "longitude");
            if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
                throw malformed("the GPS position " + lat + ", " + lon + " is not on Earth");
            }
            return new PhotoLocation(lat, lon);
        }

        private double sign(Entry ref, char positive, char negative, String what) {
            if (ref.type() != ASCII || ref.count() < 1) {
                throw malformed("the GPS " + what + " reference is not text");
            }
            char c = (char) (tiff[ref.valueAt()] & 0xFF);
            if (c == positive) {
                return 1;
            }
            if (c == negative) {
                return -1;
            }
            throw malformed("the GPS " + what + " reference is neither " + positive + " nor " + negative);
        }

        /** Degrees, minutes and seconds as up to three rationals. */
        private double degrees(Entry entry, String what) {
            if (entry.type() != RATIONAL || entry.count() < 1 || entry.count() > 3) {
                throw malformed("the GPS " + what + " is not one to three rationals");
            }
            double value = 0;
            double unit = 1;
            for (int i = 0; i < entry.count(); i++) {
                long numerator = u32(entry.valueAt() + 8 * i);
                long denominator = u32(entry.valueAt() + 8 * i + 4);
                if (denominator == 0) {
                    throw malformed("the GPS " + what + " divides by zero");
                }
                value += (double) numerator / denominator / unit;
                unit *= 60;
            }
            return value;
        }

        private static int unitSize(int type) {
            return switch (type) {
                case 1, 2, 6, 7 -> 1;
                case 3, 8 -> 2;
                case 4, 9, 11, 13 -> 4;
                case 5, 10, 12 -> 8;
                default -> 0;
            };
        }

        private int u16(int at) {
            int a = tiff[at] & 0xFF;
            int b = tiff[at + 1] & 0xFF;
            return littleEndian ? b << 8 | a : a << 8 | b;
        }

        private long u32(int at) {
            long high = u16(littleEndian ? at + 2 : at);
            long low = u16(littleEndian ? at : at + 2);
            return high << 16 | low;
        }

        private static UnreadablePhoto malformed(String detail) {
            return new UnreadablePhoto(Reason.MALFORMED_METADATA, "Exif: " + detail);
        }
    }
}
