package org.bulwark.files;

/** Why an upload was refused; a module turns it into a message of its own. */
public enum Rejection {
    /** The file holds no bytes. */
    EMPTY,
    /** The file is larger than the check's limit. */
    TOO_LARGE,
    /** The name has no extension, or one of no kind the check takes. */
    EXTENSION_NOT_ACCEPTED,
    /** The bytes are not of the kind the extension claims: a disguised file, such as a program named ".pdf". */
    CONTENT_MISMATCH
}
