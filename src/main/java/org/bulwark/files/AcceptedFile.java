package org.bulwark.files;

import org.springframework.util.Assert;

/**
 * An upload whose content is of the kind its name claims and of a size within the limit. Store and serve it with
 * {@link #contentType()}, the kind's own, never with the type the sender declared.
 */
public record AcceptedFile(String fileName, FileKind kind, byte[] content) implements UploadVerdict {

    public AcceptedFile {
        Assert.notNull(fileName, "fileName must not be null");
        Assert.notNull(kind, "kind must not be null");
        Assert.notNull(content, "content must not be null");
    }

    @Override
    public boolean accepted() {
        return true;
    }

    /** The media type of the recognised kind; never null. */
    public String contentType() {
        return kind.contentType();
    }

    /** The size in bytes. */
    public int size() {
        return content.length;
    }
}
