package org.bulwark.reporting;

import java.util.List;
import java.util.stream.Collectors;

/** A report, or a triage decision, that cannot be accepted; nothing was stored or changed. */
public class InvalidReport extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidReport(List<Violation> violations) {
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
     * @param field the field at fault, such as {@code latitude} or {@code attachments[0]}
     * @param code the key of the message, in the reporting bundle, that explains it
     * @param message the explanation in English
     * @param arguments the message's arguments
     */
    public record Violation(String field, String code, String message, Object... arguments) {}
}
