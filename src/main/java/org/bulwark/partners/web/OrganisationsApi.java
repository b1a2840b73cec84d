package org.bulwark.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.Member;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationDetails;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.OrganisationPage;
import org.bulwark.partners.OrganisationQuery;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.Partners;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
@Tag(name = "Partners", description = "Partner organisations of the network and their members")
class OrganisationsApi {

    private final Partners partners;
    private final PartnerAccess access;

    OrganisationsApi(Partners partners, PartnerAccess access) {
        this.partners = partners;
        this.access = access;
    }

    @GetMapping
    @Operation(
            summary = "Search the partner directory",
            description = "Ordered by name. Coordinators see every status; other roles see approved organisations"
                    + " only, whatever the status parameter says.")
    PageResponse search(
            @Parameter(description = "part of the name, ignoring case") @RequestParam(required = false) String q,
            @Parameter(description = "sector code") @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) OrganisationStatus status,
            @Parameter(description = "zero-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal BulwarkUser user) {
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 100.");
        }
        OrganisationStatus visible = PartnerAccess.isCoordinator(user) ? status : OrganisationStatus.APPROVED;
        OrganisationPage found = partners.search(new OrganisationQuery(q, sector, region, kind, visible), page, size);
        List<OrganisationResponse> items = found.items().stream()
                .map(organisation ->
                        OrganisationResponse.of(organisation, access.mayReadContactsOf(user, organisation.id()), null))
                .toList();
        return new PageResponse(items, found.number(), found.size(), found.total(), found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One organisation with its members",
            description = "E-mail addresses and telephone numbers are left out unless the caller is a coordinator,"
                    + " analyst or advisor, or a member of the organisation.")
    OrganisationResponse organisation(@PathVariable UUID id, @AuthenticationPrincipal BulwarkUser user) {
        Organisation organisation = visible(id, user);
        boolean contacts = access.mayReadContactsOf(user, id);
        List<MemberResponse> members = partners.members(id).stream()
                .map(member -> MemberResponse.of(member, contacts))
                .toList();
        return OrganisationResponse.of(organisation, contacts, members);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Register an organisation", description = "It is pending until a coordinator approves it.")
    ResponseEntity<OrganisationResponse> register(
            @Valid @RequestBody OrganisationRequest request, @AuthenticationPrincipal BulwarkUser user) {
        UUID id = partners.register(request.details());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(organisation(id, user));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Replace what is recorded about an organisation", description = "Its status is kept.")
    OrganisationResponse update(
            @PathVariable UUID id,
            @Valid @RequestBody OrganisationRequest request,
            @AuthenticationPrincipal BulwarkUser user) {
        partners.update(id, request.details());
        return organisation(id, user);
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Approve an organisation", description = "Publishes OrganisationApproved.")
    OrganisationResponse approve(@PathVariable UUID id, @AuthenticationPrincipal BulwarkUser user) {
        partners.approve(id);
        return organisation(id, user);
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Suspend an organisation", description = "It can be approved again later.")
    OrganisationResponse suspend(@PathVariable UUID id, @AuthenticationPrincipal BulwarkUser user) {
        partners.suspend(id);
        return organisation(id, user);
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The members of an organisation", description = "Contact details as for one organisation.")
    List<MemberResponse> members(@PathVariable UUID id, @AuthenticationPrincipal BulwarkUser user) {
        visible(id, user);
        boolean contacts = access.mayReadContactsOf(user, id);
        return partners.members(id).stream()
                .map(member -> MemberResponse.of(member, contacts))
                .toList();
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Add a member to an organisation", description = "Publishes MemberJoined.")
    ResponseEntity<MemberResponse> addMember(@PathVariable UUID id, @Valid @RequestBody MemberRequest request) {
        UUID member = partners.addMember(id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/members/" + member))
                .body(MemberResponse.of(partners.member(id, member).orElseThrow(), true));
    }

    @PutMapping("/{id}/members/{memberId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Replace what is recorded about a member")
    MemberResponse updateMember(
            @PathVariable UUID id, @PathVariable UUID memberId, @Valid @RequestBody MemberRequest request) {
        partners.updateMember(id, memberId, request.details());
        return MemberResponse.of(partners.member(id, memberId).orElseThrow(), true);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member from an organisation")
    void removeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
        partners.removeMember(id, memberId);
    }

    private Organisation visible(UUID id, BulwarkUser user) {
        return partners.find(id)
                .filter(organisation -> access.maySee(user, organisation))
                .orElseThrow(() -> new PartnerNotFound("No organisation has the id " + id));
    }

    record OrganisationRequest(
            @NotNull(message = "is required: PUBLIC, PRIVATE or CIVIL_SOCIETY")
            OrganisationKind kind,

            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String name,

            @NotEmpty(message = "must list at least one sector code")
            Set<String> sectors,

            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
            String region,

            @Nullable @Size(max = 300, message = "must be at most 300 characters")
            String website,

            @Nullable @Size(max = 200, message = "must be at most 200 characters")
            String contactName,

            @Nullable @Email(message = "must be an e-mail address such as name@example.org")
            String contactEmail,

            @Nullable @Size(max = 40, message = "must be at most 40 characters")
            String contactPhone) {

        OrganisationDetails details() {
            return new OrganisationDetails(
                    kind, name, sectors, region, website, contactName, contactEmail, contactPhone);
        }
    }

    record MemberRequest(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String fullName,

            @Nullable @Size(max = 200, message = "must be at most 200 characters")
            String jobTitle,

            @NotBlank(message = "is required") @Email(message = "must be an e-mail address such as name@example.org")
            String email,

            @Nullable @Size(max = 40, message = "must be at most 40 characters")
            String phone,

            @NotNull(
                    message = "is required: one of COORDINATOR, ANALYST, ADVISOR, OPERATOR, INTEGRATION,"
                            + " OVERSEER, ADMIN")
            Role role,

            @Nullable UUID accountId) {

        MemberDetails details() {
            return new MemberDetails(fullName, jobTitle, email, phone, role, accountId);
        }
    }

    record PageResponse(List<OrganisationResponse> items, int page, int size, long totalItems, int totalPages) {}

    record ContactResponse(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone) {}

    record OrganisationResponse(
            UUID id,
            String name,
            OrganisationKind kind,
            OrganisationStatus status,
            List<String> sectors,
            String region,
            @Nullable String website,
            ContactResponse contact,
            boolean contactDetailsVisible,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant approvedAt,
            @Nullable List<MemberResponse> members) {

        static OrganisationResponse of(
                Organisation organisation, boolean contacts, @Nullable List<MemberResponse> members) {
            return new OrganisationResponse(
                    organisation.id(),
                    organisation.name(),
                    organisation.kind(),
                    organisation.status(),
                    organisation.sectors(),
                    organisation.region(),
                    organisation.website(),
                    new ContactResponse(
                            organisation.contactName(),
                            contacts ? organisation.contactEmail() : null,
                            contacts ? organisation.contactPhone() : null),
                    contacts,
                    organisation.createdAt(),
                    organisation.updatedAt(),
                    organisation.approvedAt(),
                    members);
        }
    }

    record MemberResponse(
            UUID id,
            UUID organisation,
            String fullName,
            @Nullable String jobTitle,
            @Nullable String email,
            @Nullable String phone,
            Role role,
            @Nullable UUID accountId,
            Instant joinedAt) {

        static MemberResponse of(Member member, boolean contacts) {
            return new MemberResponse(
                    member.id(),
                    member.organisation(),
                    member.fullName(),
                    member.jobTitle(),
                    contacts ? member.email() : null,
                    contacts ? member.phone() : null,
                    member.role(),
                    contacts ? member.accountId() : null,
                    member.joinedAt());
        }
    }
}
