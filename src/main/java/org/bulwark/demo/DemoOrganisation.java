package org.bulwark.demo;

import java.util.List;
import java.util.UUID;
import org.bulwark.partners.OrganisationKind;

/**
 * A partner organisation of the demo network.
 *
 * @param id stable identifier, the same on every run
 * @param name unique name
 * @param kind public body, private operator or civil society
 * @param sectorCodes codes of the sector catalogue the organisation works in; empty for an oversight body
 * @param region the district the organisation is based in
 * @param website a URL under the reserved {@code .example} top-level domain
 * @param contactName the organisation's first point of contact, one of its members
 * @param contactEmail a shared mailbox under the organisation's {@code .example} domain
 * @param contactPhone a switchboard number in the range reserved for fiction
 */
public record DemoOrganisation(
        UUID id,
        String name,
        OrganisationKind kind,
        List<String> sectorCodes,
        String region,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone) {

    public DemoOrganisation {
        sectorCodes = List.copyOf(sectorCodes);
    }
}
