package org.bulwark.reporting.internal;

import org.springframework.util.Assert;

/**
 * A normalised identifying value of a report, as made by {@link ReportKeys}.
 *
 * @param kind must not be null
 * @param value the normalised value; for a handle {@code platform:name}
 */
public record ReportKey(ReportKeyKind kind, String value) {

    public ReportKey {
        Assert.notNull(kind, "kind must not be null");
        Assert.hasText(value, "value must not be empty");
    }
}
