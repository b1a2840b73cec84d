package org.bulwark.reporting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real photos for the reporting tests. */
final class TestPhotos {

    private TestPhotos() {}

    /** A 4 by 4 PNG that carries the comment in a text chunk, as cameras and editors write them. */
    static byte[] png(String comment) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = out.toByteArray();
        // the text chunk goes just before IEND, the last 12 bytes
        byte[] data = ("Comment\0" + comment).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length);
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        chunk.put(type).put(data);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        byte[] withText = Arrays.copyOf(plain, plain.length + chunk.capacity());
        System.arraycopy(chunk.array(), 0, withText, plain.length - 12, chunk.capacity());
        System.arraycopy(plain, plain.length - 12, withText, plain.length - 12 + chunk.capacity(), 12);
        return withText;
    }
}
