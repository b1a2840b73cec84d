package org.bulwark.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.reporting.EscalatedReports;
import org.bulwark.reporting.EscalatedReports.IndicatorProposal;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportNotFound;
import org.bulwark.reporting.ReportSafeguards;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What those who triage do to keep reports honest and useful: review a report past its review period, see which
 * reviews are due, and turn an escalated report into a bulletin draft or a new indicator example.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
class SafeguardPages {

    private final ReportSafeguards safeguards;
    private final EscalatedReports escalated;
    private final Readers readers;
    private final MessageSource messages;

    SafeguardPages(ReportSafeguards safeguards, EscalatedReports escalated, Readers readers, MessageSource messages) {
        this.safeguards = safeguards;
        this.escalated = escalated;
        this.readers = readers;
        this.messages = messages;
    }

    @GetMapping("/reviews")
    String reviews(@AuthenticationPrincipal BulwarkUser user, Model model) {
        model.addAttribute("due", safeguards.reviewsDue(reader(user)));
        model.addAttribute("periods", safeguards.periods());
        return "reporting/reviews";
    }

    @PostMapping("/{id}/review")
    String review(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String justification,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            safeguards.review(reader(user), id, justification == null ? "" : justification);
            redirect.addFlashAttribute("reviewed", true);
        } catch (InvalidReport invalid) {
            redirect.addFlashAttribute(
                    "reviewErrors", FieldErrors.of(invalid, messages, locale).all());
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/{id}/bulletin-draft")
    String draftBulletin(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            UUID bulletin = escalated.draftBulletin(reader(user), id, locale);
            return "redirect:/bulletins/" + bulletin + "/edit";
        } catch (InvalidReport invalid) {
            redirect.addFlashAttribute(
                    "draftErrors", FieldErrors.of(invalid, messages, locale).all());
            return "redirect:/reports/" + id;
        }
    }

    @PostMapping("/{id}/indicator-draft")
    String proposeIndicator(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        Reader reader = reader(user);
        IndicatorProposal proposal = escalated.proposeIndicator(reader, id, locale);
        return indicatorForm(reader, id, proposal, proposal.example(), "", model);
    }

    @PostMapping("/{id}/indicator")
    String applyIndicator(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String exampleEn,
            @RequestParam(required = false) @Nullable String exampleFr,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Reader reader = reader(user);
        try {
            IndicatorProposal saved = escalated.applyIndicator(
                    reader, id, exampleEn == null ? "" : exampleEn, exampleFr == null ? "" : exampleFr);
            redirect.addFlashAttribute("indicatorSaved", saved.category());
            return "redirect:/reports/" + id;
        } catch (InvalidReport invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", FieldErrors.of(invalid, messages, locale));
            IndicatorProposal proposal = escalated.proposeIndicator(reader, id, locale);
            return indicatorForm(reader, id, proposal, exampleEn, exampleFr, model);
        }
    }

    private String indicatorForm(
            Reader reader,
            UUID id,
            IndicatorProposal proposal,
            @Nullable String exampleEn,
            @Nullable String exampleFr,
            Model model) {
        model.addAttribute("reportId", id);
        model.addAttribute("proposal", proposal);
        model.addAttribute("exampleEn", exampleEn);
        model.addAttribute("exampleFr", exampleFr);
        model.addAttribute("mayEditCatalogue", escalated.mayEditCatalogue(reader));
        return "reporting/indicator-draft";
    }

    @ExceptionHandler(ReportNotFound.class)
    ModelAndView notFound() {
        ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
        view.addObject("status", HttpStatus.NOT_FOUND.value());
        return view;
    }

    @ExceptionHandler(ReportConflict.class)
    ModelAndView conflict(ReportConflict conflict) {
        ModelAndView view = new ModelAndView("reporting/conflict", HttpStatus.CONFLICT);
        view.addObject("message", conflict.getMessage());
        return view;
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
