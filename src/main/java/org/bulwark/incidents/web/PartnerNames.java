package org.bulwark.incidents.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.incidents.InvalidMajorEvent;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationQuery;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.Partners;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Approved partner organisations as the event forms name them: by their registered name, ignoring case. */
@Component
class PartnerNames {

    /** How many names the forms suggest as one types. */
    private static final int SUGGESTED = 100;

    private final Partners partners;

    PartnerNames(Partners partners) {
        this.partners = partners;
    }

    /**
     * The approved partner organisation with this name.
     *
     * @return null when no name is given
     * @throws InvalidMajorEvent when no approved partner organisation has this name
     */
    @Nullable
    UUID approved(String field, @Nullable String name) {
        UUID found = find(name);
        if (found == null && name != null && !name.isBlank()) {
            throw new InvalidMajorEvent(List.of(new InvalidMajorEvent.Problem(
                    field, "no approved partner organisation is named '" + name.strip() + "'")));
        }
        return found;
    }

    /** The approved partner organisation with this name, or null when there is none or no name is given. */
    @Nullable
    UUID find(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return partners
                .search(
                        new OrganisationQuery(name.strip(), null, null, null, OrganisationStatus.APPROVED),
                        0,
                        SUGGESTED)
                .items()
                .stream()
                .filter(o -> o.name().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Organisation::id)
                .findFirst()
                .orElse(null);
    }

    /** The first approved organisations by name, for the forms to suggest. */
    List<String> suggestions() {
        return partners
                .search(OrganisationQuery.everything().withStatus(OrganisationStatus.APPROVED), 0, SUGGESTED)
                .items()
                .stream()
                .map(Organisation::name)
                .toList();
    }
}
