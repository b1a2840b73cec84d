package org.bulwark.reporting;

/** A stored attachment with its bytes, served with its recognised content type. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {}
