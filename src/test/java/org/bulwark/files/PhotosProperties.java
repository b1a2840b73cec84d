package org.bulwark.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.bulwark.files.PhotoSamples.Tiff;

/**
 * Whatever bytes arrive, cleaning either gives an image that decodes without any metadata, or refuses the photo with
 * a reason: never another exception. The photos are small ones carrying full camera metadata, damaged at random,
 * mostly in their headers and metadata where parsing happens.
 */
class PhotosProperties {

    private static final byte[] JPEG = PhotoSamples.withSegments(
            PhotoSamples.jpeg(PhotoSamples.halves(24, 16)),
            PhotoSamples.exifSegment(Tiff.bigEndian().orientation(6).gps().build()),
            PhotoSamples.xmpSegment(),
            PhotoSamples.commentSegment("Taken by Jane Reporter"));

    private static final byte[] PNG = PhotoSamples.withChunks(
            PhotoSamples.png(PhotoSamples.distinctPixels(4, 2)),
            PhotoSamples.chunk("eXIf", Tiff.littleEndian().orientation(8).gps().build()),
            PhotoSamples.chunk("tEXt", PhotoSamples.ascii("Author\0Jane Reporter")));

    @Property(tries = 1000)
    void aDamagedPhotoIsCleanedOrRefusedWithAReason(
            @ForAll("damagedPhotos") byte[] photo, @ForAll boolean keepLocation) {
        try {
            CleanedPhoto cleaned = Photos.clean(photo, keepLocation);
            Statistics.label("outcome").collect("cleaned");
            BufferedImage image = PhotoSamples.decode(cleaned.content());
            assertThat(image).isNotNull();
            assertThat(PhotoSamples.contains(cleaned.content(), PhotoSamples.ascii("Exif")))
                    .isFalse();
            assertThat(PhotoSamples.contains(cleaned.content(), PhotoSamples.ascii(PhotoSamples.MAKE)))
                    .isFalse();
            if (!keepLocation) {
                assertThat(cleaned.location()).isNull();
            }
        } catch (UnreadablePhoto refused) {
            Statistics.label("outcome").collect(refused.reason());
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<byte[]> damagedPhotos() {
        Arbitrary<byte[]> photo = Arbitraries.of(JPEG, PNG);
        Arbitrary<List<int[]>> changes = Combinators.combine(
                        // three quarters of the changes fall in the first 400 bytes after the signature: headers and
                        // metadata
                        Arbitraries.frequencyOf(
                                Tuple.of(
                                        3,
                                        Arbitraries.integers()
                                                .between(0, 399)
                                                .withDistribution(RandomDistribution.uniform())),
                                Tuple.of(
                                        1,
                                        Arbitraries.integers()
                                                .between(0, Integer.MAX_VALUE)
                                                .withDistribution(RandomDistribution.uniform()))),
                        Arbitraries.integers().between(0, 255))
                .as((position, value) -> new int[] {position, value})
                .list()
                .ofMinSize(1)
                .ofMaxSize(6);
        Arbitrary<Integer> cut = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Integer.MAX_VALUE)),
                Tuple.of(
                        1,
                        Arbitraries.integers()
                                .between(0, Integer.MAX_VALUE)
                                .withDistribution(RandomDistribution.uniform())));
        return Combinators.combine(photo, changes, cut).as((original, edits, length) -> {
            byte[] damaged = original.clone();
            int signature = original == JPEG ? 3 : 8;
            for (int[] edit : edits) {
                // the signature stays, or nearly every damaged photo would merely be no photo at all
                damaged[signature + edit[0] % (damaged.length - signature)] = (byte) edit[1];
            }
            return Arrays.copyOf(damaged, length == Integer.MAX_VALUE ? damaged.length : length % damaged.length);
        });
    }
}
