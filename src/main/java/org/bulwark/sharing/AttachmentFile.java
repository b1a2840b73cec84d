package org.bulwark.sharing;

/** An attachment's content, for download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
