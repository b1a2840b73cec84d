package org.bulwark.sites.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.Duty;
import org.bulwark.sites.Tier;
import org.bulwark.sites.internal.InvalidEvidence;
import org.bulwark.sites.internal.SiteAccess;
import org.bulwark.sites.internal.SiteDuties;
import org.bulwark.sites.internal.SiteRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's regulatory duties with their evidence, and the coordinators' overview of what sites miss. */
@Controller
class SiteDutyPages {

    private final SiteDuties duties;
    private final SiteRegistry registry;
    private final SiteLabels labels;
    private final MessageSource messages;

    SiteDutyPages(SiteDuties duties, SiteRegistry registry, SiteLabels labels, MessageSource messages) {
        this.duties = duties;
        this.registry = registry;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/sites/{id}/duties")
    String duties(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        return page(model, duties.checklist(id, registry.access(user)), locale);
    }

    @PostMapping("/sites/{id}/duties/evidence")
    String addEvidence(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String duty,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String noteDate,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        SiteAccess access = registry.access(user);
        try {
            duties.addEvidence(id, duty, upload(file), note, date(noteDate), access);
        } catch (InvalidEvidence ex) {
            model.addAttribute("failedDuty", duty == null ? "" : duty);
            model.addAttribute("failedNote", note == null ? "" : note);
            model.addAttribute("errorField", ex.field());
            model.addAttribute("error", messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), locale));
            return page(model, duties.checklist(id, access), locale);
        }
        redirect.addFlashAttribute("saved", "sites.duties.saved");
        return "redirect:/sites/" + id + "/duties#duty-" + duty;
    }

    @GetMapping("/sites/{id}/duties/evidence/{evidenceId}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        SiteDuties.StoredFile file = duties.file(id, evidenceId, registry.access(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such file."));
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

    @PostMapping("/sites/{id}/duties/evidence/{evidenceId}/removal")
    String remove(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID evidenceId,
            RedirectAttributes redirect) {
        if (duties.removeEvidence(id, evidenceId, registry.access(user))) {
            redirect.addFlashAttribute("saved", "sites.duties.removed");
        }
        return "redirect:/sites/" + id + "/duties";
    }

    @GetMapping("/duties")
    String overview(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(required = false) @Nullable String sector,
            Model model,
            Locale locale) {
        Tier chosen = Tier.parse(tier);
        model.addAttribute("gaps", duties.gaps(chosen, sector, registry.access(user)));
        model.addAttribute("tier", chosen == null ? "" : chosen.name());
        model.addAttribute("sector", sector == null ? "" : sector);
        model.addAttribute("tiers", new Tier[] {Tier.STANDARD, Tier.ENHANCED});
        model.addAttribute("sectors", labels.sectors(locale));
        return "sites/duties-overview";
    }

    private String page(Model model, SiteDuties.Checklist checklist, Locale locale) {
        model.addAttribute("checklist", checklist);
        model.addAttribute("site", checklist.site());
        model.addAttribute("duties", Duty.of(checklist.site().tier()));
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("errorField")) {
            model.addAttribute("errorField", "");
            model.addAttribute("failedDuty", "");
        }
        return "sites/duties";
    }

    static SiteDuties.@Nullable Upload upload(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new SiteDuties.Upload(
                file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
                file.getContentType(),
                file.getBytes());
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidEvidence(
                    "noteDate", "sites.duties.error.date", "Give the date as YYYY-MM-DD.", value.strip());
        }
    }
}
