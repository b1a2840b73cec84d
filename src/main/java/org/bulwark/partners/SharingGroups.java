package org.bulwark.partners;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sharing groups of the network: named sets of organisations and individual people that coordinators define,
 * so that an item can be shared with, say, every venue on the harbour at once. Membership is read as it is at
 * each moment: a person added to a group reads what the group was sent before, and a person removed stops at once.
 *
 * <p>Every change runs in one transaction and publishes {@link SharingGroupChanged}; when a rule is broken,
 * {@link InvalidPartnerData} is thrown and nothing is written. A group that does not exist is reported with
 * {@link PartnerNotFound}. Callers are trusted; pages and the API check that only coordinators get here.
 */
public interface SharingGroups {

    /**
     * Defines a new group without members.
     *
     * @param details must not be null
     * @return the new group's identifier, never null
     * @throws InvalidPartnerData when the name is missing, too long or taken (ignoring case), or the description is
     *     too long
     */
    UUID create(SharingGroupDetails details);

    /** Renames a group and replaces its description; its members stay. */
    void update(UUID group, SharingGroupDetails details);

    /** Deletes a group; items shared with it no longer reach anyone through it. */
    void delete(UUID group);

    /**
     * Adds an organisation, whose people all become members of the group for as long as it is approved; adding it
     * again changes nothing.
     *
     * @param addedBy the account of the person who adds it; must not be null
     * @throws InvalidPartnerData when the organisation does not exist or is not approved
     */
    void addOrganisation(UUID group, UUID organisation, UUID addedBy);

    /** Removes an organisation from the group; removing one that is not in it changes nothing. */
    void removeOrganisation(UUID group, UUID organisation);

    /**
     * Adds one person, by their sign-in account; adding them again changes nothing.
     *
     * @param addedBy the account of the person who adds them; must not be null
     * @throws InvalidPartnerData when the account is not held by a member of an approved organisation
     */
    void addAccount(UUID group, UUID account, UUID addedBy);

    /** Removes one person from the group; removing someone who is not in it changes nothing. */
    void removeAccount(UUID group, UUID account);

    /** Every group with its member counts, ordered by name; never returns null. */
    List<SharingGroupSummary> list();

    /** The group with this identifier and its members, if any. */
    Optional<SharingGroup> find(UUID group);

    /**
     * The people who may be added to a group one by one: members of approved organisations who have a sign-in
     * account, ordered by name; never returns null.
     */
    List<SharingGroup.Person> eligiblePeople();
}
