package org.bulwark.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A photo or document sent with a report, as it arrived; the intake checks it before anything is stored.
 *
 * @param fileName the name the sender gave, may be null
 * @param declaredType the content type the sender declared, may be null
 * @param content must not be null
 */
public record ReportFile(
        @Nullable String fileName, @Nullable String declaredType, byte[] content) {

    public ReportFile {
        Assert.notNull(content, "content must not be null");
    }
}
