package org.bulwark.sharing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.AccessPolicy;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Tlp;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sharing.AttachmentFile;
import org.bulwark.sharing.Bulletin;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.BulletinNotFound;
import org.bulwark.sharing.BulletinPage;
import org.bulwark.sharing.BulletinQuery;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sharing.InvalidBulletin;
import org.bulwark.sharing.NewAttachment;
import org.bulwark.sharing.Revision;
import org.bulwark.sharing.internal.BulletinText;
import org.bulwark.sharing.internal.SharingSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bulletin inbox, a bulletin with its actions, the editor, acknowledgements and what changed between revisions. */
@Controller
class BulletinPages {

    private static final int PAGE_SIZE = 25;

    private final Bulletins bulletins;
    private final ReaderOf readerOf;
    private final AccessPolicy policy;
    private final AudienceChoices audiences;
    private final PartnerDirectory directory;
    private final BulletinText text;
    private final SharingSettings settings;

    BulletinPages(
            Bulletins bulletins,
            ReaderOf readerOf,
            AccessPolicy policy,
            AudienceChoices audiences,
            PartnerDirectory directory,
            BulletinText text,
            SharingSettings settings) {
        this.bulletins = bulletins;
        this.readerOf = readerOf;
        this.policy = policy;
        this.audiences = audiences;
        this.directory = directory;
        this.text = text;
        this.settings = settings;
    }

    @GetMapping("/bulletins")
    String inbox(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) BulletinKind kind,
            @RequestParam(required = false) String tlp,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        Reader reader = readerOf.user(user);
        Tlp marking = tlp == null || tlp.isBlank() ? null : Tlp.parse(tlp);
        BulletinQuery query = new BulletinQuery(q, kind, marking, blankToNull(sector), from, to, unread);
        BulletinPage results = bulletins.inbox(reader, query, page, PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("query", query);
        model.addAttribute("unreadCount", bulletins.unreadCount(reader));
        model.addAttribute("unreadDays", settings.unreadWindow().toDays());
        model.addAttribute("kinds", BulletinKind.values());
        model.addAttribute("markings", Tlp.values());
        model.addAttribute("sectors", directory.sectors());
        model.addAttribute("writableKinds", writableKinds(reader));
        if (htmx != null) {
            return "sharing/inbox :: results";
        }
        model.addAttribute("unpublished", bulletins.unpublished(reader));
        return "sharing/inbox";
    }

    @GetMapping("/bulletins/badge")
    String badge(@AuthenticationPrincipal BulwarkUser user, Model model) {
        model.addAttribute("unreadCount", bulletins.unreadCount(readerOf.user(user)));
        return "sharing/badge :: badge";
    }

    @GetMapping("/bulletins/new")
    String create(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) BulletinKind kind,
            Model model,
            Locale locale) {
        Reader reader = readerOf.user(user);
        List<BulletinKind> kinds = writableKinds(reader);
        if (kinds.isEmpty()) {
            throw new org.bulwark.sharing.NotPermitted("You may not write bulletins.");
        }
        BulletinForm form = new BulletinForm();
        form.setKind(kind != null && kinds.contains(kind) ? kind : kinds.get(0));
        if (form.getKind() == BulletinKind.PARTNER_NOTE) {
            form.setNetwork(true);
            form.setTlp(Tlp.GREEN.name());
        }
        return editor(model, locale, reader, form, null, Map.of());
    }

    @PostMapping("/bulletins")
    String save(
            @AuthenticationPrincipal BulwarkUser user,
            @ModelAttribute("form") BulletinForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Reader reader = readerOf.user(user);
        try {
            UUID id = bulletins.create(reader, form.draft());
            redirect.addFlashAttribute("saved", "sharing.flash.created");
            return "redirect:/bulletins/" + id;
        } catch (InvalidBulletin e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(model, locale, reader, form, null, errors(e));
        }
    }

    @GetMapping("/bulletins/{id}")
    String show(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        Reader reader = readerOf.user(user);
        Bulletin bulletin = bulletins.open(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("html", text.html(bulletin.body()));
        model.addAttribute("audience", audiences.labels(bulletin.audience(), locale));
        model.addAttribute("mayEdit", policy.mayEdit(reader, bulletin.marking()));
        model.addAttribute("maySubmit", policy.maySubmitForReview(reader, bulletin.marking()));
        model.addAttribute("mayPublish", policy.mayPublish(reader, bulletin.marking()));
        model.addAttribute("mayRetract", policy.mayRetract(reader, bulletin.marking()));
        model.addAttribute("maySeeAcknowledgements", policy.maySeeAcknowledgements(reader, bulletin.marking()));
        model.addAttribute("isAuthor", reader.account().equals(bulletin.authorId()));
        return "sharing/bulletin";
    }

    @GetMapping("/bulletins/{id}/edit")
    String edit(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model, Locale locale) {
        Reader reader = readerOf.user(user);
        Bulletin bulletin = bulletins.find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        if (!policy.mayEdit(reader, bulletin.marking())) {
            throw new org.bulwark.sharing.NotPermitted("You may not change this bulletin.");
        }
        return editor(model, locale, reader, BulletinForm.of(bulletin), bulletin, Map.of());
    }

    @PostMapping("/bulletins/{id}")
    String update(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") BulletinForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Reader reader = readerOf.user(user);
        Bulletin bulletin = bulletins.find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        try {
            bulletins.update(reader, id, form.getVersion(), form.draft());
        } catch (InvalidBulletin e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return editor(model, locale, reader, form, bulletin, errors(e));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return editor(model, locale, reader, form, bulletin, Map.of("version", "sharing.error.conflict"));
        }
        redirect.addFlashAttribute("saved", "sharing.flash.updated");
        return "redirect:/bulletins/" + id;
    }

    @PostMapping("/bulletins/{id}/submit")
    String submit(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        bulletins.submitForReview(readerOf.user(user), id);
        redirect.addFlashAttribute("saved", "sharing.flash.submitted");
        return "redirect:/bulletins/" + id;
    }

    @PostMapping("/bulletins/{id}/publish")
    String publish(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            bulletins.publish(readerOf.user(user), id);
            redirect.addFlashAttribute("saved", "sharing.flash.published");
        } catch (InvalidBulletin e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/bulletins/" + id;
    }

    @PostMapping("/bulletins/{id}/retract")
    String retract(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            bulletins.retract(readerOf.user(user), id, reason);
            redirect.addFlashAttribute("saved", "sharing.flash.retracted");
        } catch (InvalidBulletin e) {
            redirect.addFlashAttribute("problemKey", e.problems().get(0).messageKey());
        }
        return "redirect:/bulletins/" + id;
    }

    @PostMapping("/bulletins/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        bulletins.acknowledge(readerOf.user(user), id);
        redirect.addFlashAttribute("saved", "sharing.flash.acknowledged");
        return "redirect:/bulletins/" + id;
    }

    @GetMapping("/bulletins/{id}/acknowledgements")
    String acknowledgements(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Model model) {
        Reader reader = readerOf.user(user);
        Bulletin bulletin = bulletins.find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("report", bulletins.acknowledgements(reader, id));
        return "sharing/acknowledgements";
    }

    @PostMapping("/bulletins/{id}/reminders")
    String remind(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        int reminded = bulletins.remind(readerOf.user(user), id);
        redirect.addFlashAttribute("reminded", reminded);
        return "redirect:/bulletins/" + id + "/acknowledgements";
    }

    @GetMapping("/bulletins/{id}/revisions/{number}")
    String revision(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable int number,
            Model model,
            Locale locale) {
        Reader reader = readerOf.user(user);
        Bulletin bulletin = bulletins.find(reader, id).orElseThrow(() -> new BulletinNotFound(id));
        List<Revision> revisions = bulletins.revisions(reader, id);
        Revision current = revisions.stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new BulletinNotFound(id));
        Revision previous = revisions.stream()
                .filter(r -> r.number() == number - 1)
                .findFirst()
                .orElse(null);
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("revisions", revisions);
        model.addAttribute("current", current);
        model.addAttribute("previous", previous);
        model.addAttribute(
                "changes",
                text.changes(
                        previous == null ? "" : previous.title() + "\n\n" + previous.body(),
                        current.title() + "\n\n" + current.body()));
        model.addAttribute(
                "audienceBefore", previous == null ? Map.of() : audiences.labels(previous.audience(), locale));
        model.addAttribute("audienceAfter", audiences.labels(current.audience(), locale));
        return "sharing/revision";
    }

    @PostMapping("/bulletins/{id}/attachments")
    String attach(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            bulletins.attach(
                    readerOf.user(user),
                    id,
                    new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            redirect.addFlashAttribute("saved", "sharing.flash.attached");
        } catch (InvalidBulletin e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("problemKey", e.problems().get(0).messageKey());
        }
        return "redirect:/bulletins/" + id + "/edit#attachments";
    }

    @PostMapping("/bulletins/{id}/attachments/{attachment}/delete")
    String detach(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable UUID attachment,
            RedirectAttributes redirect) {
        bulletins.detach(readerOf.user(user), id, attachment);
        redirect.addFlashAttribute("saved", "sharing.flash.detached");
        return "redirect:/bulletins/" + id + "/edit#attachments";
    }

    @GetMapping("/bulletins/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, @PathVariable UUID attachment) {
        AttachmentFile file =
                bulletins.attachment(readerOf.user(user), id, attachment).orElseThrow(() -> new BulletinNotFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String editor(
            Model model,
            Locale locale,
            Reader reader,
            BulletinForm form,
            @Nullable Bulletin bulletin,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", writableKinds(reader));
        model.addAttribute("markings", Tlp.values());
        model.addAttribute("choices", audiences.choices(locale));
        model.addAttribute(
                "revising", bulletin != null && bulletin.state() == org.bulwark.identity.ItemState.PUBLISHED);
        return "sharing/form";
    }

    private List<BulletinKind> writableKinds(Reader reader) {
        return Arrays.stream(BulletinKind.values())
                .filter(kind -> kind.mayBeWrittenBy(reader, policy))
                .toList();
    }

    private static Map<String, String> errors(InvalidBulletin e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidBulletin.Problem problem : e.problems()) {
            errors.merge(problem.field(), problem.messageKey(), (a, b) -> a);
        }
        return errors;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
