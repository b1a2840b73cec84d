package org.bulwark.partners.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulwark.partners.InvalidPartnerData;
import org.springframework.context.MessageSource;

/** Collects the rules an input breaks, so that a person sees all of them at once rather than one per attempt. */
final class Violations {

    private final MessageSource messages;
    private final List<InvalidPartnerData.Violation> found = new ArrayList<>();

    Violations(MessageSource messages) {
        this.messages = messages;
    }

    Violations add(String field, String code, Object... arguments) {
        String message = messages.getMessage(code, arguments, code, Locale.ENGLISH);
        found.add(new InvalidPartnerData.Violation(field, code, arguments, message));
        return this;
    }

    boolean hasErrorOn(String field) {
        return found.stream().anyMatch(violation -> violation.field().equals(field));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidPartnerData(found);
        }
    }

    /** Prefixes every field, e.g. {@code organisations[3].name}, for batches. */
    Violations prefixed(String prefix) {
        Violations copy = new Violations(messages);
        for (InvalidPartnerData.Violation violation : found) {
            copy.found.add(new InvalidPartnerData.Violation(
                    prefix + violation.field(), violation.code(), violation.arguments(), violation.message()));
        }
        return copy;
    }

    List<InvalidPartnerData.Violation> list() {
        return found;
    }
}
