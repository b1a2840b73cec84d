package org.bulwark.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.bulwark.reporting.AttachmentContent;
import org.bulwark.reporting.EscalatedReports;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.ReadChannel;
import org.bulwark.reporting.Report;
import org.bulwark.reporting.ReportConflict;
import org.bulwark.reporting.ReportNotFound;
import org.bulwark.reporting.ReportPage;
import org.bulwark.reporting.ReportQuery;
import org.bulwark.reporting.ReportSafeguards;
import org.bulwark.reporting.ReportSource;
import org.bulwark.reporting.ReportState;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.Transition;
import org.bulwark.reporting.internal.ReportingSettings;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sites.MapView;
import org.bulwark.sites.SiteProfile;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports for members: the form, their organisation's reports with their status and, for analysts and
 * coordinators, the triage queue with its filters and bulk actions, and each report with its decisions.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST', 'ADVISOR', 'OPERATOR')")
class ReportPages {

    private static final int PAGE_SIZE = 50;

    private final Reports reports;
    private final ReportSafeguards safeguards;
    private final EscalatedReports escalated;
    private final Readers readers;
    private final IndicatorCatalogue catalogue;
    private final SectorCatalogue sectors;
    private final Sites sites;
    private final MapView map;
    private final ReportingSettings settings;
    private final MessageSource messages;

    ReportPages(
            Reports reports,
            ReportSafeguards safeguards,
            EscalatedReports escalated,
            Readers readers,
            IndicatorCatalogue catalogue,
            SectorCatalogue sectors,
            Sites sites,
            MapView map,
            ReportingSettings settings,
            MessageSource messages) {
        this.reports = reports;
        this.safeguards = safeguards;
        this.escalated = escalated;
        this.readers = readers;
        this.catalogue = catalogue;
        this.sectors = sectors;
        this.sites = sites;
        this.map = map;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String assignee,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        Reader reader = reader(user);
        ReportSource wantedSource = null;
        for (ReportSource candidate : ReportSource.values()) {
            if (candidate.name().equalsIgnoreCase(source)) {
                wantedSource = candidate;
            }
        }
        boolean unassigned = "none".equals(assignee);
        UUID wantedAssignee = null;
        if (assignee != null && !assignee.isBlank() && !unassigned) {
            try {
                wantedAssignee = UUID.fromString(assignee);
            } catch (IllegalArgumentException e) {
                wantedAssignee = null;
            }
        }
        Instant fromInstant =
                from == null ? null : from.atStartOfDay(settings.timeZone()).toInstant();
        Instant toInstant = to == null
                ? null
                : to.plusDays(1).atStartOfDay(settings.timeZone()).toInstant();
        ReportPage found = reports.search(
                reader,
                new ReportQuery(
                        ReportState.parse(state),
                        category,
                        sector,
                        wantedSource,
                        wantedAssignee,
                        unassigned,
                        fromInstant,
                        toInstant,
                        q,
                        false,
                        page,
                        PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("triage", reports.mayTriage(reader));
        model.addAttribute("states", ReportState.values());
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("categories", categories(reader, locale));
        model.addAttribute("sectorNames", sectorNames(locale));
        model.addAttribute("assignees", reports.mayTriage(reader) ? reports.assignees() : List.of());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", state == null ? "" : state);
        filters.put("category", category == null ? "" : category);
        filters.put("sector", sector == null ? "" : sector);
        filters.put("source", source == null ? "" : source);
        filters.put("assignee", assignee == null ? "" : assignee);
        filters.put("from", from == null ? "" : from.toString());
        filters.put("to", to == null ? "" : to.toString());
        filters.put("q", q == null ? "" : q);
        model.addAttribute("filters", filters);
        return "reporting/list";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        model.addAttribute("form", new ReportForm());
        formChoices(reader(user), model, locale);
        return "reporting/form";
    }

    @PostMapping
    String submit(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") ReportForm form,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Reader reader = reader(user);
        try {
            Report report = reports.submit(
                    reader, form.draft(settings.timeZone(), locale.getLanguage(), false), form.reportFiles());
            return "redirect:/reports/" + report.id() + "?sent";
        } catch (InvalidReport invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", FieldErrors.of(invalid, messages, locale));
            formChoices(reader, model, locale);
            return "reporting/form";
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        Reader reader = reader(user);
        model.addAttribute("report", safeguards.read(reader, id, ReadChannel.PAGE));
        detailChoices(reader, id, model, locale);
        return "reporting/report";
    }

    @GetMapping("/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID attachment) {
        AttachmentContent file = safeguards.readAttachment(reader(user), id, attachment);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam String transition,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String text,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Reader reader = reader(user);
        try {
            reports.decide(reader, id, ReportsApi.transition(transition), category, text);
            redirect.addFlashAttribute("decided", Transition.parse(transition));
            return "redirect:/reports/" + id;
        } catch (InvalidReport invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("report", safeguards.read(reader, id, ReadChannel.PAGE));
            model.addAttribute("errors", FieldErrors.of(invalid, messages, locale));
            model.addAttribute("chosen", Transition.parse(transition));
            model.addAttribute("text", text);
            detailChoices(reader, id, model, locale);
            return "reporting/report";
        }
    }

    @PostMapping("/{id}/assignment")
    String assign(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID assignee) {
        reports.assign(reader(user), id, assignee);
        return "redirect:/reports/" + id;
    }

    @PostMapping("/bulk")
    String bulk(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable List<UUID> selected,
            @RequestParam String action,
            @RequestParam(required = false) @Nullable UUID assignee,
            @RequestParam(required = false) @Nullable UUID target,
            @RequestParam(required = false) @Nullable String text,
            Locale locale,
            RedirectAttributes redirect) {
        Reader reader = reader(user);
        List<UUID> ids = selected == null ? List.of() : selected;
        try {
            if (ids.isEmpty()) {
                throw new InvalidReport(List.of(new InvalidReport.Violation(
                        "reports", "reporting.error.bulk.none", "Choose at least one report.")));
            }
            switch (action) {
                case "assign" -> reports.assignAll(reader, ids, assignee);
                case "merge" -> {
                    UUID kept = target != null ? target : ids.get(0);
                    reports.merge(
                            reader,
                            kept,
                            ids.stream().filter(id -> !id.equals(kept)).toList());
                }
                default -> reports.decideAll(reader, ids, ReportsApi.transition(action), null, text);
            }
            redirect.addFlashAttribute("bulkDone", ids.size());
        } catch (InvalidReport invalid) {
            redirect.addFlashAttribute(
                    "bulkErrors", FieldErrors.of(invalid, messages, locale).all());
        } catch (ReportConflict conflict) {
            redirect.addFlashAttribute("bulkConflict", conflict.getMessage());
        }
        return "redirect:/reports";
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

    private void formChoices(Reader reader, Model model, Locale locale) {
        model.addAttribute("categories", categories(reader, locale));
        model.addAttribute("sectorNames", sectorNames(locale));
        List<SiteProfile> choices = sites.profiles(reports.mayTriage(reader) ? null : reader.organisation());
        if (!reports.mayTriage(reader) && reader.organisation() == null) {
            choices = List.of();
        }
        model.addAttribute("sites", choices);
        model.addAttribute("map", map);
        model.addAttribute("maxFiles", settings.maxFiles());
        model.addAttribute("maxFileMegabytes", settings.maxFileSize().toMegabytes());
    }

    void detailChoices(Reader reader, UUID id, Model model, Locale locale) {
        model.addAttribute("triage", reports.mayTriage(reader));
        model.addAttribute("reads", reports.mayTriage(reader) ? safeguards.reads(reader, id) : List.of());
        model.addAttribute("mayEditCatalogue", escalated.mayEditCatalogue(reader));
        model.addAttribute("categories", categories(reader, locale));
        model.addAttribute("sectorNames", sectorNames(locale));
        model.addAttribute("assignees", reports.mayTriage(reader) ? reports.assignees() : List.of());
        model.addAttribute("transitions", Transition.values());
    }

    /** The behaviour categories this reader reads, code to name, in catalogue order. */
    private Map<String, String> categories(Reader reader, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.readableBy(reader, null)) {
            if (indicator.isCategory()) {
                names.put(indicator.code(), indicator.name(locale));
            }
        }
        return names;
    }

    private Map<String, String> sectorNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Sector sector : sectors.all()) {
            if (sector.active()) {
                names.put(sector.code(), sector.name(locale));
            }
        }
        return names;
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
