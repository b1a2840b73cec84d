package org.bulwark.files;

/** What an {@link UploadCheck} found: an {@link AcceptedFile} or a {@link RejectedFile}. */
public sealed interface UploadVerdict permits AcceptedFile, RejectedFile {

    /** The file name as the sender gave it; never null, empty when none was given. */
    String fileName();

    /** Whether the file may be stored. */
    boolean accepted();
}
