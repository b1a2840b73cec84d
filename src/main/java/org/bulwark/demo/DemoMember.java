package org.bulwark.demo;

import java.util.UUID;
import org.bulwark.identity.Role;

/**
 * A person of a partner organisation, with the role they hold in the network.
 *
 * @param id stable identifier, the same on every run
 * @param organisationId the organisation the member belongs to
 * @param fullName a fictional name, unique in the demo network
 * @param jobTitle the member's title in their organisation
 * @param email a unique address under the organisation's {@code .example} domain
 * @param phone a mobile number in the range reserved for fiction
 * @param role the member's role in the network
 */
public record DemoMember(
        UUID id, UUID organisationId, String fullName, String jobTitle, String email, String phone, Role role) {}
