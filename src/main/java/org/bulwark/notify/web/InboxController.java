package org.bulwark.notify.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.internal.Inbox;
import org.bulwark.notify.internal.NotifySettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** A person's notifications, and the unread count the navigation bar polls. */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated() and !hasRole('INTEGRATION')")
class InboxController {

    private final Inbox inbox;
    private final NotifySettings settings;

    InboxController(Inbox inbox, NotifySettings settings) {
        this.inbox = inbox;
        this.settings = settings;
    }

    @GetMapping
    String inbox(@AuthenticationPrincipal BulwarkUser user, Model model, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", locale);
        List<Row> rows = inbox.latest(user.accountId()).stream()
                .map(item -> new Row(item, format.format(item.createdAt().atZone(settings.timeZone()))))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("unread", inbox.unread(user.accountId()));
        return "notify/inbox";
    }

    @GetMapping("/badge")
    String badge(@AuthenticationPrincipal BulwarkUser user, Model model) {
        model.addAttribute("unread", inbox.unread(user.accountId()));
        return "notify/badge :: badge";
    }

    @PostMapping("/{id}/open")
    String open(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id) {
        String link =
                inbox.open(user.accountId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + link;
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal BulwarkUser user) {
        inbox.markAllRead(user.accountId());
        return "redirect:/inbox";
    }

    /** A notification with its time as shown. */
    record Row(Inbox.Item item, String createdAt) {}
}
