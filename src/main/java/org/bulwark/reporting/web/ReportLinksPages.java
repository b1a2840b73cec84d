package org.bulwark.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.reporting.internal.CorrelationGraph;
import org.bulwark.reporting.internal.Correlations;
import org.bulwark.reporting.internal.ReportCorrelation;
import org.bulwark.reporting.internal.ReportLink;
import org.bulwark.reporting.internal.ReportLinkDismissalRefused;
import org.bulwark.reporting.internal.ReportLinkNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The links of a report as a list and a graph, and the dismissal of a wrong one, for analysts and coordinators. */
@Controller
@PreAuthorize("hasAnyRole('ANALYST', 'COORDINATOR')")
class ReportLinksPages {

    private static final String PAGE = "reporting/report-links";
    private static final String LIST = "reporting/links :: list";

    private final Correlations correlations;
    private final ReportLinksViews views;
    private final MessageSource messages;
    private final ReportCorrelation references;

    ReportLinksPages(
            Correlations correlations, ReportLinksViews views, MessageSource messages, ReportCorrelation references) {
        this.correlations = correlations;
        this.views = views;
        this.messages = messages;
        this.references = references;
    }

    @GetMapping("/reports/{id}/links")
    String show(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "2") int depth,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        response.setHeader("Vary", "HX-Request");
        Map<String, String> names = views.names(user, LocaleContextHolder.getLocale());
        ReportLinksViews.LinkList list = list(id, names);
        model.addAttribute("view", list);
        if (htmx != null) {
            return LIST;
        }
        return page(model, id, depth, list, names);
    }

    @PostMapping("/reports/{id}/links/{linkId}/dismissal")
    String dismiss(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID linkId,
            @RequestParam(required = false) @Nullable String note,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> names = views.names(user, LocaleContextHolder.getLocale());
        try {
            ReportLinksApi.linkOf(correlations, id, linkId);
            correlations.dismiss(linkId, user.accountId(), note);
        } catch (ReportLinkNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (ReportLinkDismissalRefused e) {
            Locale locale = LocaleContextHolder.getLocale();
            ReportLinksViews.LinkList refused = list(id, names)
                    .refusing(linkId, messages.getMessage(e.reason().messageKey(), null, locale), note);
            model.addAttribute("view", refused);
            if (htmx != null) {
                // htmx swaps only successful answers: the list comes back with the note marked as the problem
                return LIST;
            }
            response.setStatus(
                    e.reason() == ReportLinkDismissalRefused.Reason.ALREADY_DISMISSED
                            ? HttpStatus.CONFLICT.value()
                            : HttpStatus.BAD_REQUEST.value());
            return page(model, id, 2, refused, names);
        }
        if (htmx != null) {
            model.addAttribute("view", list(id, names));
            model.addAttribute("dismissedKey", "correlation.dismiss.saved");
            return LIST;
        }
        redirect.addFlashAttribute("dismissedKey", "correlation.dismiss.saved");
        return "redirect:/reports/" + id + "/links";
    }

    private String page(Model model, UUID id, int depth, ReportLinksViews.LinkList list, Map<String, String> names) {
        int levels = depth == 1 ? 1 : 2;
        Locale locale = LocaleContextHolder.getLocale();
        CorrelationGraph graph = correlations.graphOf(id, levels);
        Set<UUID> named = new HashSet<>();
        named.add(id);
        graph.nodes().forEach(node -> named.add(node.report()));
        Map<UUID, String> labels = references.references(named);
        model.addAttribute("report", id);
        model.addAttribute("label", labels.getOrDefault(id, id.toString().substring(0, 8)));
        model.addAttribute("depth", levels);
        model.addAttribute("links", list);
        model.addAttribute("graph", views.graph(graph, labels, names, locale));
        return PAGE;
    }

    private ReportLinksViews.LinkList list(UUID id, Map<String, String> names) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ReportLink> links = correlations.linksOf(id);
        Set<UUID> named = new HashSet<>();
        links.forEach(link -> named.add(link.other()));
        return ReportLinksViews.LinkList.of(id, views.rows(links, references.references(named), names, locale));
    }
}
