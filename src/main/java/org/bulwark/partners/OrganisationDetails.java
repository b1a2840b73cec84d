package org.bulwark.partners;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator states about an organisation when registering or editing it.
 *
 * @param kind public, private or civil society; must not be null
 * @param name unique in the network, ignoring case
 * @param sectors codes of catalogue sectors, at least one
 * @param region the region the organisation works in
 * @param website an http or https address, or null
 * @param contactName the organisation's point of contact, or null
 * @param contactEmail the contact's e-mail address, or null
 * @param contactPhone the contact's telephone number, or null
 */
public record OrganisationDetails(
        OrganisationKind kind,
        String name,
        Set<String> sectors,
        String region,
        @Nullable String website,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone) {

    public OrganisationDetails {
        sectors = sectors == null ? Set.of() : new LinkedHashSet<>(sectors);
    }
}
