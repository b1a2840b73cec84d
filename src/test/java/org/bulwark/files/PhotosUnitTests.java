package org.bulwark.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bulwark.files.PhotoSamples.ascii;
import static org.bulwark.files.PhotoSamples.chunk;
import static org.bulwark.files.PhotoSamples.concat;
import static org.bulwark.files.PhotoSamples.contains;
import static org.bulwark.files.PhotoSamples.exifSegment;
import static org.bulwark.files.PhotoSamples.segment;
import static org.bulwark.files.PhotoSamples.withChunks;
import static org.bulwark.files.PhotoSamples.withSegments;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.zip.Deflater;
import org.bulwark.files.PhotoSamples.Tiff;
import org.bulwark.files.UnreadablePhoto.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PhotosUnitTests {

    private final byte[] plainJpeg = PhotoSamples.jpeg(PhotoSamples.halves(32, 16));
    private final byte[] plainPng = PhotoSamples.png(PhotoSamples.distinctPixels(4, 2));

    private byte[] cameraJpeg(Tiff tiff) {
        return withSegments(
                plainJpeg,
                exifSegment(tiff.build()),
                PhotoSamples.xmpSegment(),
                PhotoSamples.commentSegment("Taken by Jane Reporter"),
                segment(0xED, ascii("Photoshop 3.0\08BIM caption by Jane Reporter")),
                segment(0xE2, ascii("MPF\0II*\0 secondary image")));
    }

    @Test
    void cameraMetadataIsRemovedFromAJpegWithoutReencodingIt() {
        CleanedPhoto cleaned =
                Photos.clean(cameraJpeg(Tiff.bigEndian().orientation(1).gps()), true);

        assertThat(cleaned.mediaType()).isEqualTo("image/jpeg");
        assertThat(cleaned.content())
                .as("the picture's own bytes, unchanged, and nothing else")
                .isEqualTo(plainJpeg);
        assertNoTraceOfTheCamera(cleaned.content());
        assertThat(PhotoSamples.decode(cleaned.content()))
                .satisfies(image -> assertThat(image.getWidth()).isEqualTo(32))
                .satisfies(image -> assertThat(image.getHeight()).isEqualTo(16));
    }

    @Test
    void theColourProfileAndAdobeMarkerStayWhileTheJfifThumbnailAndTrailingDataGo() {
        byte[] icc = concat(
                ascii("ICC_PROFILE\0"),
                new byte[] {1, 1},
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        byte[] adobe = concat(ascii("Adobe"), new byte[] {0, 100, 0, 0, 0, 0, 1});
        byte[] jfifWithThumbnail = concat(
                Arrays.copyOfRange(plainJpeg, 0, 2),
                segment(0xE0, concat(Arrays.copyOfRange(plainJpeg, 6, 6 + 12), new byte[] {2, 1, 9, 9, 9, 9, 9, 9})),
                Arrays.copyOfRange(plainJpeg, 4 + 16, plainJpeg.length));
        byte[] photo = concat(
                withSegments(
                        jfifWithThumbnail,
                        segment(0xE2, icc),
                        segment(0xEE, adobe),
                        exifSegment(Tiff.littleEndian().build())),
                ascii("SEFT trailer written by the phone: " + PhotoSamples.MODEL));

        byte[] cleaned = Photos.clean(photo, false).content();

        assertThat(cleaned).isEqualTo(withSegments(plainJpeg, segment(0xE2, icc), segment(0xEE, adobe)));
        assertNoTraceOfTheCamera(cleaned);
    }

    @Test
    void metadataChunksAreRemovedFromAPngWithoutReencodingIt() {
        byte[] photo = withChunks(
                plainPng,
                chunk("eXIf", Tiff.littleEndian().gps().build()),
                chunk("tEXt", ascii("Author\0Jane Reporter")),
                chunk("zTXt", ascii("Comment\0\0xx")),
                chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>")),
                chunk("tIME", new byte[] {7, (byte) 0xE9, 3, 14, 9, 26, 53}),
                chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F}));

        CleanedPhoto cleaned = Photos.clean(photo, false);

        assertThat(cleaned.mediaType()).isEqualTo("image/png");
        assertThat(PhotoSamples.chunkTypes(cleaned.content()))
                .doesNotContain("eXIf", "tEXt", "zTXt", "iTXt", "tIME")
                .contains("IHDR", "gAMA", "IDAT", "IEND");
        assertThat(cleaned.content()).isEqualTo(withChunks(plainPng, chunk("gAMA", new byte[] {
            0, 0, (byte) 0xB1, (byte) 0x8F
        })));
        assertNoTraceOfTheCamera(cleaned.content());
        assertThat(cleaned.location()).isNull();
    }

    @Test
    void theRecordedPositionIsReturnedBesideTheImageOnlyWhenTheReporterSharesIt() {
        byte[] photo = cameraJpeg(Tiff.littleEndian().gps());

        CleanedPhoto shared = Photos.clean(photo, true);
        CleanedPhoto kept = Photos.clean(photo, false);

        assertThat(shared.location()).isNotNull();
        assertThat(shared.location().latitude()).isCloseTo(PhotoSamples.LATITUDE_DEGREES, within(1e-9));
        assertThat(shared.location().longitude()).isCloseTo(PhotoSamples.LONGITUDE_DEGREES, within(1e-9));
        assertThat(kept.location()).isNull();
        assertNoTraceOfTheCamera(shared.content());
        assertThat(shared.content()).isEqualTo(kept.content());
    }

    @Test
    void southAndWestAreNegative() {
        byte[] photo = withChunks(
                plainPng,
                chunk(
                        "eXIf",
                        Tiff.bigEndian()
                                .gps('S', new long[] {33, 1, 5163, 100}, 'W', new long[] {70, 1, 3900, 100})
                                .build()));

        PhotoLocation location = Photos.clean(photo, true).location();

        assertThat(location).isEqualTo(new PhotoLocation(-(33 + 51.63 / 60), -(70 + 39.0 / 60)));
    }

    @Test
    void aPhotoWithoutPositionHasNoLocationEvenWhenSharingIsAsked() {
        assertThat(Photos.clean(cameraJpeg(Tiff.littleEndian()), true).location())
                .isNull();
        assertThat(Photos.clean(plainJpeg, true).location()).isNull();
        assertThat(Photos.clean(plainPng, true).location()).isNull();
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        // orientation, width, height, where the stored top-left and top-right pixels are shown
        "1, 4, 2, 0, 0, 3, 0",
        "2, 4, 2, 3, 0, 0, 0",
        "3, 4, 2, 3, 1, 0, 1",
        "4, 4, 2, 0, 1, 3, 1",
        "5, 2, 4, 0, 0, 0, 3",
        "6, 2, 4, 1, 0, 1, 3",
        "7, 2, 4, 1, 3, 1, 0",
        "8, 2, 4, 0, 3, 0, 0"
    })
    void aPhotoIsStoredTheWayItsExifOrientationSaysItIsShown(
            int orientation, int width, int height, int topLeftX, int topLeftY, int topRightX, int topRightY) {
        byte[] photo = withChunks(
                plainPng,
                chunk("eXIf", Tiff.littleEndian().orientation(orientation).build()));

        byte[] cleaned = Photos.clean(photo, false).content();

        BufferedImage upright = PhotoSamples.decode(cleaned);
        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(upright.getRGB(topLeftX, topLeftY)).isEqualTo(PhotoSamples.pixel(0, 0));
        assertThat(upright.getRGB(topRightX, topRightY)).isEqualTo(PhotoSamples.pixel(3, 0));
        assertThat(PhotoSamples.chunkTypes(cleaned)).doesNotContain("eXIf");
        assertNoTraceOfTheCamera(cleaned);
    }

    @Test
    void aPortraitPhonePhotoIsTurnedUprightAndStillCarriesNoMetadata() {
        byte[] photo = cameraJpeg(Tiff.bigEndian().orientation(6).gps());

        byte[] cleaned = Photos.clean(photo, true).content();

        BufferedImage upright = PhotoSamples.decode(cleaned);
        assertThat(upright.getWidth()).isEqualTo(16);
        assertThat(upright.getHeight()).isEqualTo(32);
        assertThat(new Color(upright.getRGB(8, 4)))
                .as("the left half, now on top")
                .satisfies(PhotosUnitTests::isRed);
        assertThat(new Color(upright.getRGB(8, 28)))
                .as("the right half, now below")
                .satisfies(PhotosUnitTests::isBlue);
        assertNoTraceOfTheCamera(cleaned);
    }

    @Test
    void aTurnedJpegIsConvertedFromItsColourProfileToSrgb() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        byte[] tagged =
                withSegments(plainJpeg, segment(0xE2, concat(ascii("ICC_PROFILE\0"), new byte[] {1, 1}, profile)));
        BufferedImage asShown = PhotoSamples.decode(tagged);

        byte[] cleaned = Photos.clean(
                        withSegments(
                                tagged,
                                exifSegment(Tiff.littleEndian().orientation(8).build())),
                        false)
                .content();

        BufferedImage upright = PhotoSamples.decode(cleaned);
        assertThat(upright.getWidth()).isEqualTo(16);
        assertThat(upright.getHeight()).isEqualTo(32);
        assertThat(contains(cleaned, ascii("ICC_PROFILE"))).isFalse();
        // turned a quarter left: the stored top-left corner is now the bottom-left one
        assertThat(new Color(upright.getRGB(4, 28)))
                .satisfies(colour -> assertCloseTo(colour, new Color(asShown.getRGB(4, 4))));
        assertThat(new Color(upright.getRGB(4, 4)))
                .satisfies(colour -> assertCloseTo(colour, new Color(asShown.getRGB(28, 4))));
        assertNoTraceOfTheCamera(cleaned);
    }

    @Test
    void aTurnedPngKeepsItsColourSpaceChunks() {
        byte[] iccp = chunk(
                "iCCP",
                concat(
                        ascii("linear\0\0"),
                        deflate(ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB)
                                .getData())));
        byte[] gamma = chunk("gAMA", new byte[] {0, 1, (byte) 0x86, (byte) 0xA0});
        byte[] photo = withChunks(
                plainPng,
                iccp,
                gamma,
                chunk("eXIf", Tiff.bigEndian().orientation(3).build()));

        byte[] cleaned = Photos.clean(photo, false).content();

        assertThat(PhotoSamples.chunkTypes(cleaned)).containsExactly("IHDR", "iCCP", "gAMA", "IDAT", "IEND");
        assertThat(contains(cleaned, iccp)).isTrue();
        assertThat(contains(cleaned, gamma)).isTrue();
        BufferedImage upright = PhotoSamples.decode(cleaned);
        assertThat(upright.getRGB(3, 1)).isEqualTo(PhotoSamples.decode(photo).getRGB(0, 0));
    }

    @Test
    void aPositionThatDividesByZeroRefusesThePhotoWhateverTheReporterChoseAboutTheLocation() {
        byte[] photo = cameraJpeg(Tiff.littleEndian().gps('N', new long[] {48, 0}, 'E', PhotoSamples.LONGITUDE));

        assertRefused(photo, Reason.MALFORMED_METADATA);
    }

    @Test
    void anExifBlockWithABadByteOrderMarkerIsMalformed() {
        byte[] tiff = Tiff.littleEndian().gps().build();
        tiff[0] = 'X';
        tiff[1] = 'Y';

        assertRefused(withSegments(plainJpeg, exifSegment(tiff)), Reason.MALFORMED_METADATA);
        assertRefused(withChunks(plainPng, chunk("eXIf", tiff)), Reason.MALFORMED_METADATA);
    }

    @Test
    void anExifBlockWithoutTiffHeaderIsMalformed() {
        assertRefused(withSegments(plainJpeg, segment(0xE1, ascii("Exif\0"))), Reason.MALFORMED_METADATA);
        assertRefused(withSegments(plainJpeg, segment(0xE1, ascii("Exif\0\0II*\0"))), Reason.MALFORMED_METADATA);
    }

    @Test
    void aDirectoryOffsetOutsideTheBlockIsMalformed() {
        byte[] tiff = Tiff.bigEndian().build();
        ByteBuffer.wrap(tiff).putInt(4, 5000);

        assertRefused(withSegments(plainJpeg, exifSegment(tiff)), Reason.MALFORMED_METADATA);
        assertRefused(
                withSegments(
                        plainJpeg,
                        exifSegment(
                                Tiff.bigEndian().gps().gpsPointer(0xFFFF_FFF0L).build())),
                Reason.MALFORMED_METADATA);
    }

    @Test
    void directoriesInALoopAreMalformed() {
        assertRefused(
                withSegments(
                        plainJpeg,
                        exifSegment(Tiff.littleEndian().nextDirectory(8).build())),
                Reason.MALFORMED_METADATA);
        assertRefused(
                withSegments(
                        plainJpeg,
                        exifSegment(Tiff.littleEndian().gps().gpsPointer(8).build())),
                Reason.MALFORMED_METADATA);
    }

    @Test
    void anAbsurdValueCountIsMalformed() {
        assertRefused(
                withSegments(
                        plainJpeg,
                        exifSegment(Tiff.bigEndian().makeCount(0xFFFF_FFFFL).build())),
                Reason.MALFORMED_METADATA);
    }

    @Test
    void aPositionThatIsNotOnEarthOrHasAnUnknownReferenceIsMalformed() {
        assertRefused(
                cameraJpeg(Tiff.littleEndian().gps('N', new long[] {95, 1}, 'E', PhotoSamples.LONGITUDE)),
                Reason.MALFORMED_METADATA);
        assertRefused(
                cameraJpeg(Tiff.littleEndian().gps('Q', PhotoSamples.LATITUDE, 'E', PhotoSamples.LONGITUDE)),
                Reason.MALFORMED_METADATA);
    }

    @Test
    void aJpegSegmentRunningPastTheEndIsTruncated() {
        byte[] photo = withSegments(plainJpeg, new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) 0xFF, (byte) 0xFF});

        assertRefused(photo, Reason.TRUNCATED);
    }

    @Test
    void aCutFileIsTruncated() {
        assertRefused(Arrays.copyOf(plainJpeg, plainJpeg.length / 2), Reason.TRUNCATED);
        assertRefused(Arrays.copyOf(plainJpeg, plainJpeg.length - 2), Reason.TRUNCATED);
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Reason.TRUNCATED);
        assertRefused(Arrays.copyOf(plainPng, plainPng.length - 6), Reason.TRUNCATED);
        assertRefused(Arrays.copyOf(plainPng, 20), Reason.TRUNCATED);
    }

    @Test
    void aJpegWithoutFrameHeaderOrWithAnUnknownMarkerIsDamaged() {
        int frame = PhotoSamples.segmentAt(plainJpeg, 0xC0);
        int frameLength = ((plainJpeg[frame + 2] & 0xFF) << 8) | (plainJpeg[frame + 3] & 0xFF);
        byte[] withoutFrame = concat(
                Arrays.copyOf(plainJpeg, frame),
                Arrays.copyOfRange(plainJpeg, frame + 2 + frameLength, plainJpeg.length));

        assertRefused(withoutFrame, Reason.DAMAGED);
        assertRefused(withSegments(plainJpeg, segment(0x05, new byte[2])), Reason.DAMAGED);
    }

    @Test
    void aPngChunkThatFailsItsChecksumOrWhosePictureDataDoesNotDecodeIsDamaged() {
        byte[] badChecksum = withChunks(plainPng, chunk("tEXt", ascii("Author\0Jane")));
        badChecksum[8 + 25 + 10] ^= 1;

        assertRefused(badChecksum, Reason.DAMAGED);
        assertRefused(
                concat(
                        Arrays.copyOf(plainPng, 8 + 25),
                        chunk("IDAT", ascii("not deflate data")),
                        chunk("IEND", new byte[0])),
                Reason.DAMAGED);
        assertRefused(concat(Arrays.copyOf(plainPng, 8 + 25), chunk("IEND", new byte[0])), Reason.DAMAGED);
        assertRefused(withChunks(plainPng, chunk("ZZZZ", new byte[1])), Reason.DAMAGED);
    }

    @Test
    void anImageOfMoreThanFiftyMegapixelsIsRefusedFromItsHeader() {
        byte[] jpeg = plainJpeg.clone();
        int frame = PhotoSamples.segmentAt(jpeg, 0xC0);
        ByteBuffer.wrap(jpeg).putShort(frame + 5, (short) 6000).putShort(frame + 7, (short) 10000);

        assertRefused(jpeg, Reason.TOO_MANY_PIXELS);
        assertRefused(PhotoSamples.withPngDimensions(plainPng, 10_000, 5_001), Reason.TOO_MANY_PIXELS);
        assertThat(new UnreadablePhoto(Reason.TOO_MANY_PIXELS, "too big").messageArguments())
                .containsExactly(50L);
    }

    @Test
    void aFileThatIsNoJpegOrPngIsNotAPhoto() {
        assertRefused(new byte[0], Reason.NOT_A_PHOTO);
        assertRefused(FileSamples.of(FileKind.PDF), Reason.NOT_A_PHOTO);
        assertRefused(FileSamples.of(FileKind.GIF), Reason.NOT_A_PHOTO);
        assertRefused(FileSamples.of(FileKind.WEBP), Reason.NOT_A_PHOTO);
        assertRefused(FileSamples.of(FileKind.PLAIN_TEXT), Reason.NOT_A_PHOTO);
        assertRefused(FileSamples.windowsProgram(), Reason.NOT_A_PHOTO);
        assertRefused(concat(ascii("JFIF"), plainJpeg), Reason.NOT_A_PHOTO);
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAMessageInEnglishAndFrench(Reason reason) throws IOException {
        assertThat(reason.messageKey()).startsWith("files.photo.");
        for (String bundle : new String[] {"i18n/common.properties", "i18n/common_fr.properties"}) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(messages.getProperty(reason.messageKey()))
                    .as("%s in %s", reason, bundle)
                    .isNotBlank();
        }
    }

    private static void assertRefused(byte[] photo, Reason reason) {
        for (boolean keepLocation : new boolean[] {true, false}) {
            assertThatThrownBy(() -> Photos.clean(photo, keepLocation))
                    .isInstanceOfSatisfying(UnreadablePhoto.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(reason);
                        assertThat(refused.messageKey()).isEqualTo(reason.messageKey());
                    });
        }
    }

    private static void assertNoTraceOfTheCamera(byte[] content) {
        assertThat(contains(content, ascii("Exif"))).as("Exif").isFalse();
        assertThat(contains(content, ascii(PhotoSamples.MAKE))).as("make").isFalse();
        assertThat(contains(content, ascii(PhotoSamples.MODEL))).as("model").isFalse();
        assertThat(contains(content, ascii("Jane Reporter")))
                .as("author and comment")
                .isFalse();
        assertThat(contains(content, ascii("http://ns.adobe.com/xap")))
                .as("XMP")
                .isFalse();
        assertThat(contains(content, ascii("8BIM"))).as("IPTC").isFalse();
        assertThat(contains(content, ascii("MPF"))).as("multi-picture").isFalse();
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer seconds =
                    ByteBuffer.allocate(8).order(order).putInt(2980).putInt(100);
            assertThat(contains(content, seconds.array()))
                    .as("GPS latitude seconds")
                    .isFalse();
        }
    }

    private static void assertCloseTo(Color actual, Color expected) {
        assertThat(actual.getRed()).isCloseTo(expected.getRed(), within(12));
        assertThat(actual.getGreen()).isCloseTo(expected.getGreen(), within(12));
        assertThat(actual.getBlue()).isCloseTo(expected.getBlue(), within(12));
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    private static void isRed(Color colour) {
        assertThat(colour.getRed()).isGreaterThan(200);
        assertThat(colour.getBlue()).isLessThan(60);
    }

    private static void isBlue(Color colour) {
        assertThat(colour.getBlue()).isGreaterThan(200);
        assertThat(colour.getRed()).isLessThan(60);
    }
}
