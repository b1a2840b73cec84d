package org.bulwark.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * The kinds of file the platform accepts, recognised by their content: the name's extension must be one of the
 * kind's, and the bytes must be what files of that kind hold. Each module decides which kinds it takes (see
 * {@link UploadCheck}); the content type served back is always the kind's own, never the one the sender declared.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    WORD("application/msword", "doc"),
    WORD_OPEN_XML("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    OPEN_DOCUMENT_TEXT("application/vnd.oasis.opendocument.text", "odt"),
    OPEN_DOCUMENT_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    OPEN_DOCUMENT_PRESENTATION("application/vnd.oasis.opendocument.presentation", "odp"),
    PLAIN_TEXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Starts of text that browsers sniff as HTML or XML (WHATWG MIME Sniffing, "identifying a resource with an
     * unknown MIME type"), plus SVG: such a file is markup under a text name, whatever it is called.
     */
    private static final List<String> MARKUP_TAGS = List.of(
            "<!doctype html",
            "<html",
            "<head",
            "<script",
            "<iframe",
            "<h1",
            "<div",
            "<font",
            "<table",
            "<a",
            "<style",
            "<title",
            "<b",
            "<body",
            "<br",
            "<p",
            "<svg",
            "<object",
            "<embed");

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** The media type to store and serve files of this kind with; never null. */
    public String contentType() {
        return contentType;
    }

    /** The file name extensions of this kind, lower case and without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The extensions of the given kinds in their declaration order, separated by commas, for messages. */
    public static String extensionsOf(Collection<FileKind> kinds) {
        Assert.notNull(kinds, "kinds must not be null");
        return String.join(
                ", ",
                kinds.stream()
                        .sorted()
                        .flatMap(kind -> kind.extensions.stream())
                        .toList());
    }

    /** The kind the file name claims by its extension (in any case), or null when no kind has that extension. */
    public static @Nullable FileKind byName(@Nullable String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Whether the content really is a file of this kind: the signature bytes of binary kinds, the package entries of
     * Office Open XML and OpenDocument files, and for text kinds valid UTF-8 without NUL bytes that does not open
     * like HTML or XML markup. The content must not be null.
     */
    public boolean matches(byte[] content) {
        Assert.notNull(content, "content must not be null");
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
            case PLAIN_TEXT, CSV -> isPlainText(content);
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

    private static boolean isPlainText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return !opensLikeMarkup(startsWith(content, UTF8_BOM) ? text.substring(1) : text);
    }

    // A browser that sniffs would run such "text" as a page, so it is a disguised file, not text.
    private static boolean opensLikeMarkup(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!--") || start.startsWith("<?xml")) {
            return true;
        }
        for (String tag : MARKUP_TAGS) {
            if (start.startsWith(tag)) {
                if (start.length() == tag.length()) {
                    return true;
                }
                char next = start.charAt(tag.length());
                if (next == ' ' || next == '>' || next == '/' || Character.isWhitespace(next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
