package org.bulwark.notify.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.notify.Deliveries;
import org.bulwark.notify.DeliveryRecord;
import org.bulwark.notify.Webhooks;
import org.bulwark.notify.internal.InvalidWebhookReceiver;
import org.bulwark.notify.internal.WebhookReceivers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where coordinators register webhook receivers, and replay the deliveries whose every attempt failed. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class WebhookPages {

    static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    static final int DEAD_SHOWN = 500;

    private final WebhookReceivers receivers;
    private final Deliveries deliveries;

    WebhookPages(WebhookReceivers receivers, Deliveries deliveries) {
        this.receivers = receivers;
        this.deliveries = deliveries;
    }

    /** One dead letter as the page shows it. */
    record DeadRow(
            UUID id,
            String channel,
            String address,
            String topic,
            int attempts,
            @Nullable String error,
            String at) {

        static DeadRow of(DeliveryRecord record) {
            return new DeadRow(
                    record.id(),
                    record.channel().name(),
                    record.address(),
                    record.topic(),
                    record.attempts(),
                    record.lastError(),
                    record.lastAttemptAt() == null ? "" : SHOWN.format(record.lastAttemptAt()));
        }
    }

    @GetMapping("/webhooks")
    String page(Model model) {
        return page(model, "", "", List.of(), List.of());
    }

    @PostMapping("/webhooks")
    String register(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String secret,
            @RequestParam(name = "eventTypes", required = false) @Nullable List<String> eventTypes,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            WebhookReceivers.Registered registered = receivers.register(name, url, secret, eventTypes, user);
            // flash attributes live in the session, which is stored: plain values only
            redirect.addFlashAttribute("registered", registered.receiver().name());
            redirect.addFlashAttribute("secret", registered.secret());
            return "redirect:/webhooks";
        } catch (InvalidWebhookReceiver e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(
                    model,
                    name == null ? "" : name,
                    url == null ? "" : url,
                    eventTypes == null ? List.of() : eventTypes,
                    e.problems());
        }
    }

    @PostMapping("/webhooks/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        if (receivers.remove(id)) {
            redirect.addFlashAttribute("flashKey", "alerts.webhooks.removed");
        }
        return "redirect:/webhooks";
    }

    @GetMapping("/deliveries/dead-letters")
    String deadLetters(Model model) {
        model.addAttribute(
                "letters",
                deliveries.deadLetters(DEAD_SHOWN).stream().map(DeadRow::of).toList());
        return "notify/dead-letters";
    }

    @PostMapping("/deliveries/{id}/replay")
    String replay(@PathVariable UUID id, RedirectAttributes redirect) {
        boolean replayed = deliveries.replay(id);
        redirect.addFlashAttribute("flashKey", replayed ? "alerts.dead.replayed" : "alerts.dead.gone");
        return "redirect:/deliveries/dead-letters";
    }

    @PostMapping("/deliveries/dead-letters/replay")
    String replayAll(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashKey", "alerts.dead.replayedAll");
        redirect.addFlashAttribute("flashCount", deliveries.replayAll());
        return "redirect:/deliveries/dead-letters";
    }

    private String page(
            Model model, String name, String url, List<String> chosen, List<InvalidWebhookReceiver.Problem> problems) {
        model.addAttribute("receivers", receivers.list());
        model.addAttribute("eventTypes", Webhooks.EVENT_TYPES);
        model.addAttribute("name", name);
        model.addAttribute("url", url);
        model.addAttribute("chosen", chosen);
        model.addAttribute("problems", problems);
        return "notify/webhooks";
    }
}
