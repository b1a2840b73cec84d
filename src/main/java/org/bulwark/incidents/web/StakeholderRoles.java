package org.bulwark.incidents.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.incidents.StakeholderRole;
import org.jspecify.annotations.Nullable;

/** Stakeholder roles as forms and requests write them, refused with the roles there are when unknown. */
final class StakeholderRoles {

    private StakeholderRoles() {}

    /**
     * The role written as given, ignoring case; null when none is given.
     *
     * @throws InvalidMajorEvent when it is not a role
     */
    static @Nullable StakeholderRole parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip().toUpperCase(Locale.ROOT);
        for (StakeholderRole role : StakeholderRole.values()) {
            if (role.name().equals(clean)) {
                return role;
            }
        }
        throw new InvalidMajorEvent(List.of(new InvalidMajorEvent.Problem(
                "role",
                "'" + text.strip() + "' is not a stakeholder role; use one of "
                        + Arrays.stream(StakeholderRole.values())
                                .map(Enum::name)
                                .collect(Collectors.joining(", ")))));
    }
}
