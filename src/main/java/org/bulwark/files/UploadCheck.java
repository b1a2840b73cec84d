package org.bulwark.files;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * The check every upload passes before it is stored: not empty, within the size limit, an extension of one of the
 * kinds taken, and content that really is of that kind. Immutable and safe to share.
 */
public final class UploadCheck {

    /** Declared types that announce markup or script: no kind taken here is one, so such a declaration is a lie. */
    private static final Set<String> ACTIVE_CONTENT_TYPES = Set.of(
            "text/html",
            "application/xhtml+xml",
            "image/svg+xml",
            "text/xml",
            "application/xml",
            "text/javascript",
            "application/javascript",
            "application/ecmascript",
            "application/x-javascript");

    private final Set<FileKind> kinds;
    private final long maxBytes;

    private UploadCheck(Set<FileKind> kinds, long maxBytes) {
        this.kinds = kinds;
        this.maxBytes = maxBytes;
    }

    /**
     * A check that takes files of the given kinds up to the given size.
     *
     * @param kinds the kinds taken; must not be null nor empty
     * @param maxBytes the largest size taken, in bytes; must be positive
     */
    public static UploadCheck of(Set<FileKind> kinds, long maxBytes) {
        Assert.notNull(kinds, "kinds must not be null");
        Assert.notEmpty(kinds, "kinds must not be empty");
        Assert.isTrue(maxBytes > 0, "maxBytes must be positive");
        return new UploadCheck(Collections.unmodifiableSet(EnumSet.copyOf(kinds)), maxBytes);
    }

    /** The kinds this check takes, in declaration order; never null. */
    public Set<FileKind> kinds() {
        return kinds;
    }

    /** The largest size taken, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The extensions taken, separated by commas, for messages; never null. */
    public String acceptedExtensions() {
        return FileKind.extensionsOf(kinds);
    }

    /**
     * Checks an upload. The declared content type is never trusted to accept a file; it can only give a disguised
     * file away, when it announces markup or script under the name of another kind.
     *
     * @param fileName the name the sender gave, may be null
     * @param declaredContentType the content type the sender declared, may be null
     * @param content the bytes; must not be null
     * @return an {@link AcceptedFile} with the recognised kind, or a {@link RejectedFile} with the first reason
     *     found, in the order empty, too large, extension not accepted, content does not match; never null
     */
    public UploadVerdict check(@Nullable String fileName, @Nullable String declaredContentType, byte[] content) {
        Assert.notNull(content, "content must not be null");
        String name = fileName == null ? "" : fileName;
        if (content.length == 0) {
            return rejected(name, Rejection.EMPTY, content);
        }
        if (content.length > maxBytes) {
            return rejected(name, Rejection.TOO_LARGE, content);
        }
        FileKind kind = FileKind.byName(name);
        if (kind == null || !kinds.contains(kind)) {
            return rejected(name, Rejection.EXTENSION_NOT_ACCEPTED, content);
        }
        if (announcesActiveContent(declaredContentType) || !kind.matches(content)) {
            return rejected(name, Rejection.CONTENT_MISMATCH, content);
        }
        return new AcceptedFile(name, kind, content);
    }

    private RejectedFile rejected(String name, Rejection reason, byte[] content) {
        return new RejectedFile(name, reason, content.length, maxBytes, acceptedExtensions());
    }

    private static boolean announcesActiveContent(@Nullable String declaredContentType) {
        if (declaredContentType == null) {
            return false;
        }
        int parameters = declaredContentType.indexOf(';');
        String type = (parameters < 0 ? declaredContentType : declaredContentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return ACTIVE_CONTENT_TYPES.contains(type);
    }
}
