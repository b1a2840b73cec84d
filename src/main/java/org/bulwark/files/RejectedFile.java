package org.bulwark.files;

import java.util.Locale;
import org.springframework.util.Assert;

/**
 * An upload that must not be stored, with the reason and what the check would have taken, so that the message can
 * tell the person what to send instead.
 *
 * @param size the size of the refused file in bytes
 * @param maxBytes the check's size limit in bytes
 * @param acceptedExtensions the extensions the check takes, separated by commas
 */
public record RejectedFile(String fileName, Rejection reason, long size, long maxBytes, String acceptedExtensions)
        implements UploadVerdict {

    public RejectedFile {
        Assert.notNull(fileName, "fileName must not be null");
        Assert.notNull(reason, "reason must not be null");
        Assert.notNull(acceptedExtensions, "acceptedExtensions must not be null");
    }

    @Override
    public boolean accepted() {
        return false;
    }

    /** An English sentence for logs and API problem details; pages use their own message bundles. */
    public String message() {
        return switch (reason) {
            case EMPTY -> "'" + fileName + "' is empty.";
            case TOO_LARGE ->
                "'" + fileName + "' is " + megabytes(size) + " MB; the limit is " + megabytes(maxBytes) + " MB.";
            case EXTENSION_NOT_ACCEPTED ->
                "'" + fileName + "' is not of an accepted kind (accepted: " + acceptedExtensions + ").";
            case CONTENT_MISMATCH -> "The content of '" + fileName + "' does not match its extension.";
        };
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
