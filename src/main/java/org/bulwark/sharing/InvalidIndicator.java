package org.bulwark.sharing;

import java.util.List;
import java.util.stream.Collectors;

/** Input about the indicator catalogue that cannot be accepted; nothing was changed. */
public class InvalidIndicator extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidIndicator(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    /** Every broken rule, in the order of the fields; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field the field of {@link IndicatorDraft} at fault, such as {@code nameEn}
     * @param code the key of the message, in the indicators bundle, that explains it
     * @param message the explanation in English
     * @param arguments the message's arguments
     */
    public record Violation(String field, String code, String message, Object... arguments) {}
}
