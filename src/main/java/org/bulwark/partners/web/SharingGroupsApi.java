package org.bulwark.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.SharingGroup;
import org.bulwark.partners.SharingGroupDetails;
import org.bulwark.partners.SharingGroupSummary;
import org.bulwark.partners.SharingGroups;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sharing-groups")
@PreAuthorize("@sharingGroupAccess.mayRead(authentication)")
@Tag(
        name = "Sharing groups",
        description = "Named sets of organisations and people that items can be shared with; coordinators and"
                + " analysts read them, coordinators change them")
class SharingGroupsApi {

    private final SharingGroups groups;

    SharingGroupsApi(SharingGroups groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "Every sharing group with its member counts", description = "Ordered by name.")
    List<SummaryResponse> list() {
        return groups.list().stream().map(SummaryResponse::of).toList();
    }

    @PostMapping
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @Operation(summary = "Define a sharing group", description = "It starts without members.")
    ResponseEntity<GroupResponse> create(@Valid @RequestBody GroupRequest request) {
        UUID id = groups.create(request.details());
        return ResponseEntity.created(URI.create("/api/v1/sharing-groups/" + id))
                .body(group(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One sharing group with its organisations and people")
    GroupResponse group(@PathVariable UUID id) {
        return GroupResponse.of(
                groups.find(id).orElseThrow(() -> new PartnerNotFound("No sharing group has the id " + id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @Operation(summary = "Rename a sharing group and replace its description", description = "Its members stay.")
    GroupResponse update(@PathVariable UUID id, @Valid @RequestBody GroupRequest request) {
        groups.update(id, request.details());
        return group(id);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a sharing group", description = "Items shared with it reach no one through it.")
    void delete(@PathVariable UUID id) {
        groups.delete(id);
    }

    @PutMapping("/{id}/organisations/{organisationId}")
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @Operation(
            summary = "Add an approved organisation to a sharing group",
            description = "All its people read what the group is sent, as long as it stays approved. Adding it"
                    + " again changes nothing.")
    GroupResponse addOrganisation(
            @PathVariable UUID id, @PathVariable UUID organisationId, @AuthenticationPrincipal BulwarkUser user) {
        groups.addOrganisation(id, organisationId, user.accountId());
        return group(id);
    }

    @DeleteMapping("/{id}/organisations/{organisationId}")
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an organisation out of a sharing group", description = "Its people stop at once.")
    void removeOrganisation(@PathVariable UUID id, @PathVariable UUID organisationId) {
        require(id);
        groups.removeOrganisation(id, organisationId);
    }

    @PutMapping("/{id}/accounts/{accountId}")
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @Operation(
            summary = "Add one person to a sharing group, by their account",
            description = "The account must be held by a member of an approved organisation. Adding them again"
                    + " changes nothing.")
    GroupResponse addAccount(
            @PathVariable UUID id, @PathVariable UUID accountId, @AuthenticationPrincipal BulwarkUser user) {
        groups.addAccount(id, accountId, user.accountId());
        return group(id);
    }

    @DeleteMapping("/{id}/accounts/{accountId}")
    @PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take one person out of a sharing group", description = "They stop at once.")
    void removeAccount(@PathVariable UUID id, @PathVariable UUID accountId) {
        require(id);
        groups.removeAccount(id, accountId);
    }

    private void require(UUID id) {
        if (groups.find(id).isEmpty()) {
            throw new PartnerNotFound("No sharing group has the id " + id);
        }
    }

    record GroupRequest(
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
            String name,

            @Nullable @Size(max = 1000, message = "must be at most 1000 characters")
            String description) {

        SharingGroupDetails details() {
            return new SharingGroupDetails(name, description);
        }
    }

    record SummaryResponse(
            UUID id,
            String name,
            @Nullable String description,
            int organisationCount,
            int personCount,
            Instant createdAt,
            Instant updatedAt) {

        static SummaryResponse of(SharingGroupSummary group) {
            return new SummaryResponse(
                    group.id(),
                    group.name(),
                    group.description(),
                    group.organisations(),
                    group.people(),
                    group.createdAt(),
                    group.updatedAt());
        }
    }

    record GroupResponse(
            UUID id,
            String name,
            @Nullable String description,
            Instant createdAt,
            Instant updatedAt,
            List<OrganisationResponse> organisations,
            List<PersonResponse> people) {

        static GroupResponse of(SharingGroup group) {
            return new GroupResponse(
                    group.id(),
                    group.name(),
                    group.description(),
                    group.createdAt(),
                    group.updatedAt(),
                    group.organisations().stream()
                            .map(organisation -> new OrganisationResponse(
                                    organisation.organisation(),
                                    organisation.name(),
                                    organisation.status(),
                                    organisation.addedAt(),
                                    organisation.addedBy()))
                            .toList(),
                    group.people().stream().map(PersonResponse::of).toList());
        }
    }

    record OrganisationResponse(UUID id, String name, OrganisationStatus status, Instant addedAt, UUID addedBy) {}

    /**
     * A person in a group; their name and organisation are null when no member of any organisation holds the
     * account any more.
     */
    record PersonResponse(
            UUID accountId,
            @Nullable String fullName,
            @Nullable String jobTitle,
            @Nullable UUID organisationId,
            @Nullable String organisationName,
            Instant addedAt,
            UUID addedBy) {

        static PersonResponse of(SharingGroup.MemberPerson member) {
            SharingGroup.Person person = member.person();
            return new PersonResponse(
                    member.account(),
                    person == null ? null : person.fullName(),
                    person == null ? null : person.jobTitle(),
                    person == null ? null : person.organisation(),
                    person == null ? null : person.organisationName(),
                    member.addedAt(),
                    member.addedBy());
        }
    }
}
