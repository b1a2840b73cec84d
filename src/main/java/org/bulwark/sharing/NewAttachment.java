package org.bulwark.sharing;

import org.jspecify.annotations.Nullable;

/** A file to attach, as uploaded: it is checked by its content before it is kept. */
public record NewAttachment(
        @Nullable String fileName, @Nullable String declaredType, byte[] content) {}
