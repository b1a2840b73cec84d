package org.bulwark.partners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Role;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.Member;
import org.bulwark.partners.MemberDetails;
import org.bulwark.partners.Organisation;
import org.bulwark.partners.OrganisationKind;
import org.bulwark.partners.OrganisationPage;
import org.bulwark.partners.OrganisationQuery;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.Partners;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner directory, an organisation's page, and the coordinators' forms for organisations and members. */
@Controller
@RequestMapping("/partners")
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
class PartnerPages {

    static final int PAGE_SIZE = 20;

    private final Partners partners;
    private final SectorCatalogue catalogue;
    private final PartnerAccess access;

    PartnerPages(Partners partners, SectorCatalogue catalogue, PartnerAccess access) {
        this.partners = partners;
        this.catalogue = catalogue;
        this.access = access;
    }

    @GetMapping
    String directory(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable OrganisationKind kind,
            @RequestParam(required = false) @Nullable OrganisationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            @AuthenticationPrincipal BulwarkUser user,
            HttpServletResponse response,
            Model model) {
        boolean coordinator = PartnerAccess.isCoordinator(user);
        OrganisationStatus visible = coordinator ? status : OrganisationStatus.APPROVED;
        OrganisationQuery query = new OrganisationQuery(q, blankToNull(sector), blankToNull(region), kind, visible);
        OrganisationPage results = partners.search(query, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("sectorsByCode", sectorsByCode());
        model.addAttribute("coordinator", coordinator);
        // the filters the pager and each result link must carry on
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q == null ? "" : q);
        filters.put("sector", sector == null ? "" : sector);
        filters.put("region", region == null ? "" : region);
        filters.put("kind", kind == null ? "" : kind.name());
        filters.put("status", coordinator && status != null ? status.name() : "");
        model.addAttribute("filters", filters);
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && restore == null) {
            return "partners/directory :: results";
        }
        model.addAttribute("sectors", catalogue.all());
        model.addAttribute("regions", partners.regions());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("statuses", OrganisationStatus.values());
        return "partners/directory";
    }

    @GetMapping("/{id}")
    String organisation(@PathVariable UUID id, @AuthenticationPrincipal BulwarkUser user, Model model) {
        Organisation organisation = partners.find(id)
                .filter(found -> access.maySee(user, found))
                .orElseThrow(() -> new PartnerNotFound("No organisation has the id " + id));
        List<Member> members = partners.members(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", members);
        model.addAttribute("contactsVisible", access.mayReadContactsOf(user, id));
        model.addAttribute("coordinator", PartnerAccess.isCoordinator(user));
        model.addAttribute("sectorsByCode", sectorsByCode());
        model.addAttribute("registeredOn", LocalDate.ofInstant(organisation.createdAt(), ZoneOffset.UTC));
        model.addAttribute(
                "approvedOn",
                organisation.approvedAt() == null
                        ? null
                        : LocalDate.ofInstant(organisation.approvedAt(), ZoneOffset.UTC));
        return "partners/organisation";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newOrganisation(Model model) {
        return organisationForm(model, new OrganisationForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    String register(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return organisationForm(model, form, null);
        }
        try {
            UUID id = partners.register(form.details());
            redirect.addFlashAttribute("notice", "partners.notice.registered");
            return "redirect:/partners/" + id;
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return organisationForm(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editOrganisation(@PathVariable UUID id, Model model) {
        Organisation organisation = require(id);
        return organisationForm(model, OrganisationForm.of(organisation), organisation);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = require(id);
        if (result.hasErrors()) {
            return organisationForm(model, form, organisation);
        }
        try {
            partners.update(id, form.details());
            redirect.addFlashAttribute("notice", "partners.notice.updated");
            return "redirect:/partners/" + id;
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return organisationForm(model, form, organisation);
        }
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasRole('COORDINATOR')")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        partners.approve(id);
        redirect.addFlashAttribute("notice", "partners.notice.approved");
        return "redirect:/partners/" + id;
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize("hasRole('COORDINATOR')")
    String suspend(@PathVariable UUID id, RedirectAttributes redirect) {
        partners.suspend(id);
        redirect.addFlashAttribute("notice", "partners.notice.suspended");
        return "redirect:/partners/" + id;
    }

    @GetMapping("/{id}/members/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newMember(@PathVariable UUID id, Model model) {
        return memberForm(model, require(id), new MemberForm(), null);
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addMember(
            @PathVariable UUID id,
            @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = require(id);
        MemberDetails details = memberDetails(form, result);
        if (result.hasErrors() || details == null) {
            return memberForm(model, organisation, form, null);
        }
        try {
            partners.addMember(id, details);
            redirect.addFlashAttribute("notice", "partners.notice.memberAdded");
            return "redirect:/partners/" + id;
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return memberForm(model, organisation, form, null);
        }
    }

    @GetMapping("/{id}/members/{memberId}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editMember(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        Organisation organisation = require(id);
        Member member = requireMember(id, memberId);
        return memberForm(model, organisation, MemberForm.of(member), member);
    }

    @PostMapping("/{id}/members/{memberId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String updateMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = require(id);
        Member member = requireMember(id, memberId);
        MemberDetails details = memberDetails(form, result);
        if (result.hasErrors() || details == null) {
            return memberForm(model, organisation, form, member);
        }
        try {
            partners.updateMember(id, memberId, details);
            redirect.addFlashAttribute("notice", "partners.notice.memberUpdated");
            return "redirect:/partners/" + id;
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return memberForm(model, organisation, form, member);
        }
    }

    @PostMapping("/{id}/members/{memberId}/removal")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, RedirectAttributes redirect) {
        partners.removeMember(id, memberId);
        redirect.addFlashAttribute("notice", "partners.notice.memberRemoved");
        return "redirect:/partners/" + id;
    }

    @ExceptionHandler(PartnerNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private String organisationForm(Model model, OrganisationForm form, @Nullable Organisation organisation) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", OrganisationKind.values());
        // deactivated sectors stay on offer only to an organisation that already has them
        model.addAttribute(
                "sectors",
                catalogue.all().stream()
                        .filter(sector -> sector.active() || form.getSectors().contains(sector.code()))
                        .toList());
        model.addAttribute("regions", partners.regions());
        return "partners/organisation-form";
    }

    private String memberForm(Model model, Organisation organisation, MemberForm form, @Nullable Member member) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("member", member);
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "partners/member-form";
    }

    private static @Nullable MemberDetails memberDetails(MemberForm form, BindingResult result) {
        UUID account = null;
        String accountText = blankToNull(form.getAccountId());
        if (accountText != null) {
            try {
                account = UUID.fromString(accountText);
            } catch (IllegalArgumentException ex) {
                result.rejectValue(
                        "accountId",
                        "member.accountId.invalid",
                        new Object[] {accountText},
                        "not an account identifier");
                return null;
            }
        }
        MemberDetails details = new MemberDetails(
                form.getFullName(), form.getJobTitle(), form.getEmail(), form.getPhone(), form.getRole(), account);
        return details;
    }

    private Organisation require(UUID id) {
        return partners.find(id).orElseThrow(() -> new PartnerNotFound("No organisation has the id " + id));
    }

    private Member requireMember(UUID id, UUID memberId) {
        return partners.member(id, memberId).orElseThrow(() -> new PartnerNotFound("No member has the id " + memberId));
    }

    private Map<String, Sector> sectorsByCode() {
        Map<String, Sector> sectors = new LinkedHashMap<>();
        catalogue.all().forEach(sector -> sectors.put(sector.code(), sector));
        return sectors;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
