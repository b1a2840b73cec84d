package org.bulwark.risk;

import java.util.List;

/**
 * A change to an assessment that cannot be accepted; nothing was changed. Each violation names the field and says
 * what to fix. {@link #conflict()} is true when the assessment's state, not the input, forbids the change.
 */
public class InvalidAssessment extends RuntimeException {

    /** One broken rule: {@code field} such as {@code VEHICLE_AS_WEAPON.likelihoodReason}. */
    public record Violation(String field, String message) {}

    private final List<Violation> violations;
    private final boolean conflict;

    public InvalidAssessment(List<Violation> violations, boolean conflict) {
        super(String.join(" ", violations.stream().map(Violation::message).toList()));
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    public static InvalidAssessment conflict(String field, String message) {
        return new InvalidAssessment(List.of(new Violation(field, message)), true);
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean conflict() {
        return conflict;
    }
}
