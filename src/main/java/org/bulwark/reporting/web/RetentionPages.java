package org.bulwark.reporting.web;

import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.identity.Role;
import org.bulwark.reporting.PersonalFields;
import org.bulwark.reporting.Purge;
import org.bulwark.reporting.ReportSafeguards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retention and transparency, with no report content: the personal fields and how long each is kept, the periods,
 * the purge log, the read audit by reader, and the monthly figures. For coordinators, analysts and overseers.
 */
@Controller
@RequestMapping("/reports/retention")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST', 'OVERSEER')")
class RetentionPages {

    private static final int PURGES_SHOWN = 50;

    private final ReportSafeguards safeguards;
    private final Readers readers;

    RetentionPages(ReportSafeguards safeguards, Readers readers) {
        this.safeguards = safeguards;
        this.readers = readers;
    }

    @GetMapping
    String retention(@AuthenticationPrincipal BulwarkUser user, Model model) {
        Reader reader = reader(user);
        boolean auditor = safeguards.mayAuditReads(reader);
        model.addAttribute("fields", PersonalFields.ALL);
        model.addAttribute("periods", safeguards.periods());
        model.addAttribute("purges", safeguards.purges(reader, PURGES_SHOWN));
        model.addAttribute("figures", safeguards.figures(reader));
        model.addAttribute("readCount", safeguards.readCount(reader));
        model.addAttribute("auditor", auditor);
        model.addAttribute("readers", auditor ? safeguards.readsByReader(reader) : List.of());
        model.addAttribute("mayPurge", reader.role() == Role.COORDINATOR);
        return "reporting/retention";
    }

    @PostMapping("/purge")
    @PreAuthorize("hasRole('COORDINATOR')")
    String purge(@AuthenticationPrincipal BulwarkUser user, RedirectAttributes redirect) {
        Purge purge = safeguards.purge(reader(user));
        // flash attributes live in the session table, so only plain values
        redirect.addFlashAttribute("purgeRan", purge.ran());
        redirect.addFlashAttribute("purgedReports", purge.reports());
        return "redirect:/reports/retention";
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
