package org.bulwark.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but faithful starts of real files of each kind, and of files that pretend to be one. */
final class FileSamples {

    private FileSamples() {}

    static byte[] of(FileKind kind) {
        return switch (kind) {
            case PDF -> latin1("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
            case PNG -> bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1);
            case JPEG -> bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1);
            case GIF -> bytes('G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0x80, 0, 0);
            case WEBP -> bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 0, 0);
            case WORD -> bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0);
            case WORD_OPEN_XML -> zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
            case OPEN_DOCUMENT_TEXT -> openDocument("application/vnd.oasis.opendocument.text");
            case OPEN_DOCUMENT_SPREADSHEET -> openDocument("application/vnd.oasis.opendocument.spreadsheet");
            case OPEN_DOCUMENT_PRESENTATION -> openDocument("application/vnd.oasis.opendocument.presentation");
            case PLAIN_TEXT -> utf8("Briefing at 10:00 in the caf\u00e9 \u2014 bring the evacuation plan.\n");
            case CSV -> utf8("name,capacity\n\"Hall, north\",1200\nArena,18000\n");
        };
    }

    /** The start of a Windows program: "MZ" and its DOS header. */
    static byte[] windowsProgram() {
        return bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0);
    }

    static byte[] htmlPage() {
        return utf8("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    }

    static byte[] openDocument(String mimetype) {
        return zip("mimetype", mimetype, "content.xml", "<office:document-content/>");
    }

    /** A zip whose first entry is stored uncompressed, as OpenDocument requires of its "mimetype" entry. */
    static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (i == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
