package org.bulwark.partners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A sharing group with its members.
 *
 * @param organisations member organisations ordered by name
 * @param people members added one by one, ordered by name
 */
public record SharingGroup(
        UUID id,
        String name,
        @Nullable String description,
        Instant createdAt,
        Instant updatedAt,
        List<MemberOrganisation> organisations,
        List<MemberPerson> people) {

    public SharingGroup {
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
    }

    /** The details as a coordinator would edit them. */
    public SharingGroupDetails details() {
        return new SharingGroupDetails(name, description);
    }

    /**
     * An organisation in the group. Its people read what the group is sent only while it is approved.
     *
     * @param addedBy the account of the person who added it
     */
    public record MemberOrganisation(
            UUID organisation, String name, OrganisationStatus status, Instant addedAt, UUID addedBy) {}

    /**
     * A person in the group, by their account.
     *
     * @param person who holds the account now; null when no member of any organisation holds it any more
     * @param addedBy the account of the person who added them
     */
    public record MemberPerson(UUID account, @Nullable Person person, Instant addedAt, UUID addedBy) {}

    /**
     * A member of an organisation who has a sign-in account.
     *
     * @param member the member's identifier in their organisation
     */
    public record Person(
            UUID account,
            UUID member,
            String fullName,
            @Nullable String jobTitle,
            UUID organisation,
            String organisationName,
            OrganisationStatus organisationStatus) {}
}
