package org.bulwark.files;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.bulwark.files.UnreadablePhoto.Reason;
import org.springframework.util.Assert;

/**
 * Cleans photos that the public sends, before anything of them is stored.
 *
 * <p>A photo is a JPEG or a PNG, recognised by its first bytes, never by its name or declared type; WebP and other
 * formats are refused, as the platform could not check that they decode. The stored bytes keep only what is needed
 * to show the picture: for a JPEG the tables, frame and scans, the JFIF header without its thumbnail, the ICC profile
 * (without it, the wide-gamut colours of most phone photos shift; it describes a colour space, not a camera nor a
 * place) and Adobe's colour transform marker; for a PNG the critical chunks and the colour chunks. Exif (camera,
 * settings, dates, GPS, thumbnail), XMP, IPTC, comments, text and time chunks, and any data after the image end, are
 * removed. This works on the byte stream, so the picture is not re-encoded and loses nothing.
 *
 * <p>Orientation: the Exif orientation is removed with the rest, so a photo that relies on it (a phone held upright
 * stores its picture sideways and says so in Exif) is turned upright instead: such a photo, and only such one, is
 * decoded, rotated or mirrored as Exif says, and encoded again: a JPEG at quality 0.92, in sRGB (the decoder
 * converts from the embedded profile, so colours stay right within sRGB's gamut), a PNG losslessly with its own colour
 * space chunks. Every stored image is checked to decode with {@link ImageIO} at the dimensions its header declares.
 *
 * <p>Metadata that is malformed (a segment running past the end, an Exif block with a bad byte order marker, offsets
 * outside the block, directories in a loop, absurd counts) refuses the photo whatever the reporter chose about the
 * location, so that the same photo is never taken one way and refused the other. Images of more than
 * {@link #MAX_PIXELS} pixels are refused from their header, before any decoding.
 *
 * <p>Stateless and safe to use from any thread.
 */
public final class Photos {

    /** The most pixels a photo may have (50 megapixels): decoding allocates about four bytes for each. */
    public static final long MAX_PIXELS = 50_000_000L;

    static final float REENCODED_JPEG_QUALITY = 0.92f;

    private Photos() {}

    /**
     * Cleans a photo for storage.
     *
     * @param content the uploaded bytes; must not be null
     * @param keepLocation whether the reporter chose to share where the photo was taken: then the position the camera
     *     recorded, if any, is returned beside the image (never in it)
     * @return the bytes to store, their media type and the shared location (null unless asked for and recorded);
     *     never null
     * @throws UnreadablePhoto when the bytes are not a JPEG or PNG photo, are truncated or damaged, carry malformed
     *     metadata or have more than {@link #MAX_PIXELS} pixels
     */
    public static CleanedPhoto clean(byte[] content, boolean keepLocation) {
        Assert.notNull(content, "content must not be null");
        FileKind kind;
        StrippedImage stripped;
        if (FileKind.JPEG.matches(content)) {
            kind = FileKind.JPEG;
            stripped = Jpeg.strip(content);
        } else if (FileKind.PNG.matches(content)) {
            kind = FileKind.PNG;
            stripped = Png.strip(content);
        } else {
            throw new UnreadablePhoto(Reason.NOT_A_PHOTO, "the content is neither a JPEG nor a PNG image");
        }
        Exif exif = stripped.exif() == null ? Exif.NONE : Exif.read(stripped.exif());
        BufferedImage image = decode(stripped.content(), stripped.width(), stripped.height());
        byte[] stored = stripped.content();
        if (exif.orientation() != 1) {
            BufferedImage upright = upright(image, exif.orientation());
            byte[] encoded = encode(upright, kind);
            stored = kind == FileKind.JPEG
                    ? Jpeg.strip(encoded).content()
                    : Png.withColourSpaceOf(Png.strip(encoded).content(), stripped.content());
            decode(stored, upright.getWidth(), upright.getHeight());
        }
        return new CleanedPhoto(stored, kind.contentType(), keepLocation ? exif.location() : null);
    }

    static void checkPixels(long width, long height) {
        if (width * height > MAX_PIXELS) {
            throw new UnreadablePhoto(
                    Reason.TOO_MANY_PIXELS,
                    "the image is " + width + " by " + height + " pixels, more than " + MAX_PIXELS);
        }
    }

    private static BufferedImage decode(byte[] content, int width, int height) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadablePhoto(Reason.DAMAGED, "no decoder recognises the cleaned image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                BufferedImage image = reader.read(0);
                if (image.getWidth() != width || image.getHeight() != height) {
                    throw new UnreadablePhoto(
                            Reason.DAMAGED,
                            "the image decodes at " + image.getWidth() + " by " + image.getHeight()
                                    + " pixels, not the " + width + " by " + height + " its header declares");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (UnreadablePhoto e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // decoders report damaged data with all sorts of unchecked exceptions
            throw new UnreadablePhoto(Reason.DAMAGED, "the image does not decode: " + e);
        }
    }

    /** The image as Exif orientation 2 to 8 says it is to be shown, copying samples so that no colour converts. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean turned = orientation >= 5;
        WritableRaster from = image.getRaster();
        WritableRaster to = from.createCompatibleWritableRaster(turned ? height : width, turned ? width : height);
        Object pixel = null;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixel = from.getDataElements(x, y, pixel);
                switch (orientation) {
                    case 2 -> to.setDataElements(width - 1 - x, y, pixel);
                    case 3 -> to.setDataElements(width - 1 - x, height - 1 - y, pixel);
                    case 4 -> to.setDataElements(x, height - 1 - y, pixel);
                    case 5 -> to.setDataElements(y, x, pixel);
                    case 6 -> to.setDataElements(height - 1 - y, x, pixel);
                    case 7 -> to.setDataElements(height - 1 - y, width - 1 - x, pixel);
                    case 8 -> to.setDataElements(y, width - 1 - x, pixel);
                    default -> throw new IllegalArgumentException("orientation must be 2 to 8, was " + orientation);
                }
            }
        }
        return new BufferedImage(image.getColorModel(), to, image.isAlphaPremultiplied(), null);
    }

    private static byte[] encode(BufferedImage image, FileKind kind) {
        try {
            return write(image, kind);
        } catch (IOException | RuntimeException e) {
            // a colour model the writer does not take: fall back to plain sRGB, which every writer does
            BufferedImage plain = new BufferedImage(
                    image.getWidth(),
                    image.getHeight(),
                    kind == FileKind.JPEG ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = plain.createGraphics();
            try {
                graphics.drawImage(image, 0, 0, null);
            } finally {
                graphics.dispose();
            }
            try {
                return write(plain, kind);
            } catch (IOException again) {
                throw new UnreadablePhoto(Reason.DAMAGED, "the upright image cannot be encoded: " + again);
            }
        }
    }

    private static byte[] write(BufferedImage image, FileKind kind) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(kind == FileKind.JPEG ? "jpeg" : "png")
                .next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (kind == FileKind.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(REENCODED_JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
