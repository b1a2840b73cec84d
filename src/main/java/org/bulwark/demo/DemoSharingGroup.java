package org.bulwark.demo;

import java.util.List;
import java.util.UUID;

/**
 * A sharing group of the demo network.
 *
 * @param name unique name
 * @param description what the group is for
 * @param organisationIds the member organisations, by their demo identifiers
 * @param usernames the demo accounts added one by one, each held by a member of an organisation
 */
public record DemoSharingGroup(String name, String description, List<UUID> organisationIds, List<String> usernames) {

    public DemoSharingGroup {
        organisationIds = List.copyOf(organisationIds);
        usernames = List.copyOf(usernames);
    }
}
