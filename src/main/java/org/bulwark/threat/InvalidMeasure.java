package org.bulwark.threat;

import java.util.List;

/**
 * Input about measures that cannot be accepted; nothing was changed.
 *
 * @see Violation
 */
public class InvalidMeasure extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidMeasure(List<Violation> violations) {
        super(violations.stream()
                .map(Violation::message)
                .reduce((a, b) -> a + " " + b)
                .orElse("Invalid input."));
        this.violations = List.copyOf(violations);
    }

    public InvalidMeasure(String field, String code, String message, Object... arguments) {
        this(List.of(new Violation(field, code, message, arguments)));
    }

    /** Every broken rule, in the order of the fields; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field the input field, such as {@code code}
     * @param code the message key that explains it
     * @param message the explanation in English
     * @param arguments the message arguments
     */
    public record Violation(String field, String code, String message, Object... arguments) {}
}
