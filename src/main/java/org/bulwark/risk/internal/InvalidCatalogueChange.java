package org.bulwark.risk.internal;

import java.util.List;

/**
 * A catalogue change that cannot be accepted; nothing was changed. Each violation names the field and the message
 * key (in the {@code risk} bundle) that says what to fix.
 */
public class InvalidCatalogueChange extends RuntimeException {

    /** One broken rule: {@code field} such as {@code weight}, {@code messageKey} such as {@code risk.catalogue.error.weight}. */
    public record Violation(String field, String messageKey) {}

    private final List<Violation> violations;

    public InvalidCatalogueChange(List<Violation> violations) {
        super(String.join(" ", violations.stream().map(Violation::messageKey).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
