package org.bulwark.sites.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of file accepted as evidence, recognised by their content: the name's extension must be one of the
 * kind's, and the bytes must start the way files of that kind do.
 */
public enum EvidenceKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    WORD("application/msword", "doc"),
    WORD_OPEN_XML("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    OPEN_DOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "odt"),
    OPEN_DOCUMENT_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    OPEN_DOCUMENT_PRESENTATION("application/vnd.oasis.opendocument.presentation", "odp");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private final String contentType;
    private final List<String> extensions;

    EvidenceKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** Every accepted extension, for messages. */
    public static String acceptedExtensions() {
        return String.join(
                ", ",
                Arrays.stream(values()).flatMap(k -> k.extensions.stream()).toList());
    }

    /** The kind the file name claims, or null when its extension is not accepted. */
    public static @Nullable EvidenceKind byName(@Nullable String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (EvidenceKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return kind;
            }
        }
        return null;
    }

    /** Whether the content really is a file of this kind. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case JPEG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case GIF ->
                startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                        || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII));
            case WEBP ->
                startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                        && content.length >= 12
                        && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            case WORD -> startsWith(content, OLE);
            case WORD_OPEN_XML -> startsWith(content, ZIP) && zipHasEntry(content, "word/document.xml");
            case OPEN_DOCUMENT_TEXT, OPEN_DOCUMENT_SPREADSHEET, OPEN_DOCUMENT_PRESENTATION ->
                startsWith(content, ZIP) && contentType.equals(openDocumentMimetype(content));
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean zipHasEntry(byte[] content, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** OpenDocument packages start with an uncompressed "mimetype" entry that names their type. */
    private static @Nullable String openDocumentMimetype(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) {
                return null;
            }
            return new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
