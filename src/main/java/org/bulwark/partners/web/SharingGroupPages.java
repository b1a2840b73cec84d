package org.bulwark.partners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.SharingGroup;
import org.bulwark.partners.SharingGroups;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

/**
 * The coordinators' pages for sharing groups: the list, and one group with its organisations and people. Adding
 * and removing members answers htmx with the members section only; without script, the forms post and return to
 * the group's page.
 */
@Controller
@RequestMapping("/sharing-groups")
@PreAuthorize("@sharingGroupAccess.mayManage(authentication)")
class SharingGroupPages {

    private static final String MEMBERS_FRAGMENT = "partners/group :: members";

    private final SharingGroups groups;
    private final PartnerDirectory directory;
    private final MessageSource messages;

    SharingGroupPages(SharingGroups groups, PartnerDirectory directory, MessageSource messages) {
        this.groups = groups;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return list(model, new SharingGroupForm());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") SharingGroupForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID id = groups.create(form.details());
            redirect.addFlashAttribute("notice", "groups.notice.created");
            return "redirect:/sharing-groups/" + id;
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return list(model, form);
        }
    }

    @GetMapping("/{id}")
    String group(@PathVariable UUID id, Model model) {
        SharingGroup group = require(id);
        return group(model, group, SharingGroupForm.of(group));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") SharingGroupForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SharingGroup group = require(id);
        try {
            groups.update(id, form.details());
            redirect.addFlashAttribute("notice", "groups.notice.updated");
            return "redirect:/sharing-groups/" + id;
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return group(model, group, form);
        }
    }

    @PostMapping("/{id}/removal")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        SharingGroup group = require(id);
        groups.delete(id);
        redirect.addFlashAttribute("notice", "groups.notice.deleted");
        redirect.addFlashAttribute("noticeArgument", group.name());
        return "redirect:/sharing-groups";
    }

    @PostMapping("/{id}/organisations")
    String addOrganisation(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal BulwarkUser user,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        require(id);
        UUID chosen = identifier(organisation);
        if (chosen == null) {
            return membersChanged(id, htmx, model, redirect, null, problem("groups.organisation.choose", locale));
        }
        try {
            groups.addOrganisation(id, chosen, user.accountId());
            String name = directory
                    .organisation(chosen)
                    .map(OrganisationSummary::name)
                    .orElse("");
            return membersChanged(id, htmx, model, redirect, new Notice("groups.notice.organisationAdded", name), null);
        } catch (InvalidPartnerData ex) {
            return membersChanged(id, htmx, model, redirect, null, problems(ex, locale));
        }
    }

    @PostMapping("/{id}/organisations/{organisation}/removal")
    String removeOrganisation(
            @PathVariable UUID id,
            @PathVariable UUID organisation,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        require(id);
        groups.removeOrganisation(id, organisation);
        String name = directory
                .organisation(organisation)
                .map(OrganisationSummary::name)
                .orElse("");
        return membersChanged(id, htmx, model, redirect, new Notice("groups.notice.organisationRemoved", name), null);
    }

    @PostMapping("/{id}/accounts")
    String addAccount(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String account,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal BulwarkUser user,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        require(id);
        UUID chosen = identifier(account);
        if (chosen == null) {
            return membersChanged(id, htmx, model, redirect, null, problem("groups.account.choose", locale));
        }
        try {
            groups.addAccount(id, chosen, user.accountId());
            return membersChanged(
                    id, htmx, model, redirect, new Notice("groups.notice.personAdded", personName(id, chosen)), null);
        } catch (InvalidPartnerData ex) {
            return membersChanged(id, htmx, model, redirect, null, problems(ex, locale));
        }
    }

    @PostMapping("/{id}/accounts/{account}/removal")
    String removeAccount(
            @PathVariable UUID id,
            @PathVariable UUID account,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect) {
        String name = personName(id, account);
        groups.removeAccount(id, account);
        return membersChanged(id, htmx, model, redirect, new Notice("groups.notice.personRemoved", name), null);
    }

    @ExceptionHandler(PartnerNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** htmx gets the members section with what happened; a plain form goes back to the group's page. */
    private String membersChanged(
            UUID id,
            @Nullable String htmx,
            Model model,
            RedirectAttributes redirect,
            @Nullable Notice notice,
            @Nullable List<String> problems) {
        String noticeKey = notice == null ? null : notice.key();
        String noticeArgument = notice == null ? null : notice.argument();
        if (htmx == null) {
            if (notice != null) {
                redirect.addFlashAttribute("memberNotice", noticeKey);
                redirect.addFlashAttribute("memberNoticeArgument", noticeArgument);
            }
            if (problems != null) {
                // flash attributes live in the session store, so they travel as plain text
                redirect.addFlashAttribute("memberProblems", new ArrayList<>(problems));
            }
            return "redirect:/sharing-groups/" + id + "#group-members";
        }
        model.addAttribute("memberNotice", noticeKey);
        model.addAttribute("memberNoticeArgument", noticeArgument);
        model.addAttribute("memberProblems", problems);
        members(model, require(id));
        return MEMBERS_FRAGMENT;
    }

    private String list(Model model, SharingGroupForm form) {
        model.addAttribute("groups", groups.list());
        model.addAttribute("form", form);
        return "partners/groups";
    }

    private String group(Model model, SharingGroup group, SharingGroupForm form) {
        model.addAttribute("form", form);
        members(model, group);
        return "partners/group";
    }

    /** The group, and what may still be added to it: approved organisations and people with accounts. */
    private void members(Model model, SharingGroup group) {
        Set<UUID> inOrganisations = group.organisations().stream()
                .map(SharingGroup.MemberOrganisation::organisation)
                .collect(Collectors.toSet());
        Set<UUID> inPeople =
                group.people().stream().map(SharingGroup.MemberPerson::account).collect(Collectors.toSet());
        model.addAttribute("group", group);
        model.addAttribute(
                "organisationChoices",
                directory.organisations().stream()
                        .filter(organisation ->
                                OrganisationStatus.APPROVED.name().equals(organisation.status()))
                        .filter(organisation -> !inOrganisations.contains(organisation.id()))
                        .toList());
        model.addAttribute(
                "personChoices",
                groups.eligiblePeople().stream()
                        .filter(person -> !inPeople.contains(person.account()))
                        .toList());
    }

    private String personName(UUID group, UUID account) {
        return require(group).people().stream()
                .filter(person -> person.account().equals(account) && person.person() != null)
                .map(person -> person.person().fullName())
                .findFirst()
                .orElse(account.toString());
    }

    private List<String> problems(InvalidPartnerData ex, Locale locale) {
        return ex.violations().stream()
                .map(violation ->
                        messages.getMessage(violation.code(), violation.arguments(), violation.message(), locale))
                .toList();
    }

    private List<String> problem(String code, Locale locale) {
        return List.of(messages.getMessage(code, null, code, locale));
    }

    private SharingGroup require(UUID id) {
        return groups.find(id).orElseThrow(() -> new PartnerNotFound("No sharing group has the id " + id));
    }

    private static @Nullable UUID identifier(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private record Notice(String key, String argument) {}
}
