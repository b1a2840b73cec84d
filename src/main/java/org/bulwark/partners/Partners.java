package org.bulwark.partners;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers and maintains the organisations of the network and their people. Every change runs in one
 * transaction: when a rule is broken, {@link InvalidPartnerData} is thrown and nothing is written. Callers are
 * trusted; pages and the API check that only coordinators get here.
 */
public interface Partners {

    /**
     * Registers an organisation, pending approval.
     *
     * @return the new organisation's identifier, never null
     * @throws InvalidPartnerData when the name is taken (ignoring case), a sector is unknown or a field is invalid
     */
    UUID register(OrganisationDetails details);

    /**
     * Registers many organisations at once with batched writes, pending approval; all or none are registered.
     *
     * @return the new identifiers in the order of {@code details}
     */
    List<UUID> registerAll(List<OrganisationDetails> details);

    /** Replaces what is recorded about an organisation; its status is left as it is. */
    void update(UUID organisation, OrganisationDetails details);

    /** Approves an organisation and publishes {@link OrganisationApproved}; approving it again changes nothing. */
    void approve(UUID organisation);

    /** Suspends an organisation and publishes {@link OrganisationSuspended}; it may be approved again. */
    void suspend(UUID organisation);

    /**
     * Adds a person to an organisation and publishes {@link MemberJoined}.
     *
     * @return the new member's identifier, never null
     * @throws InvalidPartnerData when the e-mail is invalid or the account already belongs to another member
     */
    UUID addMember(UUID organisation, MemberDetails details);

    /** Adds many people to one organisation with batched writes; all or none are added. */
    List<UUID> addMembers(UUID organisation, List<MemberDetails> details);

    /** Replaces what is recorded about a member of the organisation. */
    void updateMember(UUID organisation, UUID member, MemberDetails details);

    /** Removes a member from the organisation and publishes {@link MemberLeft}. */
    void removeMember(UUID organisation, UUID member);

    /** The organisation with this identifier, if any. */
    Optional<Organisation> find(UUID organisation);

    /** The members of an organisation ordered by name; never returns null. */
    List<Member> members(UUID organisation);

    /**
     * The members of all these organisations, in no particular order, read in a few queries however many
     * organisations there are; never returns null.
     */
    List<Member> membersOf(Collection<UUID> organisations);

    /** The member with this identifier in this organisation, if any. */
    Optional<Member> member(UUID organisation, UUID member);

    /** One page of organisations matching the query, ordered by name; {@code size} is capped at 100. */
    OrganisationPage search(OrganisationQuery query, int page, int size);

    /** The regions organisations are registered in, alphabetically; never returns null. */
    List<String> regions();
}
