package org.bulwark.files;

import java.util.Locale;
import org.springframework.util.Assert;

/**
 * A photo that cannot be taken: nothing of it may be stored. The {@link #reason()} tells what the person can do about
 * it; pages show the message under {@link #messageKey()} with {@link #messageArguments()}, and the exception's own
 * message is an English sentence for logs and API problem details.
 */
public final class UnreadablePhoto extends RuntimeException {

    /** Why a photo was refused. */
    public enum Reason {
        /** The bytes are not a JPEG or PNG image, whatever the file is called. */
        NOT_A_PHOTO,
        /** The file ends before the image does: an interrupted transfer or copy. */
        TRUNCATED,
        /** The image itself is damaged or of a form that cannot be shown. */
        DAMAGED,
        /** The metadata inside the photo (Exif) is malformed, so what it says cannot be trusted or removed safely. */
        MALFORMED_METADATA,
        /** The image has more pixels than {@link Photos#MAX_PIXELS}. */
        TOO_MANY_PIXELS;

        /** The message key, {@code files.photo.<reason>} in lower case with hyphens; never null. */
        public String messageKey() {
            return "files.photo." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /**
     * @param reason must not be null
     * @param detail what exactly was wrong, in English, for logs; must not be null
     */
    public UnreadablePhoto(Reason reason, String detail) {
        super(detail);
        Assert.notNull(reason, "reason must not be null");
        Assert.notNull(detail, "detail must not be null");
        this.reason = reason;
    }

    /** Why the photo was refused; never null. */
    public Reason reason() {
        return reason;
    }

    /** The key of the message to show the person; never null. */
    public String messageKey() {
        return reason.messageKey();
    }

    /** The arguments of that message: the limit in megapixels for too many pixels, none otherwise; never null. */
    public Object[] messageArguments() {
        return reason == Reason.TOO_MANY_PIXELS ? new Object[] {Photos.MAX_PIXELS / 1_000_000} : new Object[0];
    }
}
