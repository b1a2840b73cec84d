package org.bulwark.partners;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when organisations, members or sectors would break a rule of the partnership; nothing was changed.
 * Each violation names the field at fault, a message code of the partners bundle with its arguments, and the
 * English message.
 */
public class InvalidPartnerData extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidPartnerData(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule.
     *
     * @param field the input field at fault, as named in {@link OrganisationDetails}, {@link MemberDetails} or
     *     the sector catalogue
     */
    public record Violation(String field, String code, Object[] arguments, String message) {}
}
