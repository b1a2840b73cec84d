package org.bulwark.engagement.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.engagement.Alert;
import org.bulwark.engagement.AlertMessage;
import org.bulwark.engagement.AlertNotFound;
import org.bulwark.engagement.Alerts;
import org.bulwark.interop.AtomIndex;
import org.bulwark.interop.Cap;
import org.bulwark.interop.CapXml;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public face of alerts, for anyone without signing in: the list and one page per message (plain HTML that
 * needs no script), each message as CAP 1.2, and the Atom index of every public message. Restricted alerts are
 * never found here.
 */
@Controller
class PublicAlertPages {

    /** How many alerts the public list and messages the feed hold. */
    static final int SHOWN = 100;

    private static final MediaType CAP = MediaType.parseMediaType(Cap.MEDIA_TYPE + ";charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType(AtomIndex.MEDIA_TYPE + ";charset=UTF-8");

    private final Alerts alerts;
    private final AlertViews views;
    private final CapMessages cap;
    private final AlertPageSettings settings;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    PublicAlertPages(
            Alerts alerts, AlertViews views, CapMessages cap, AlertPageSettings settings, MessageSource messages) {
        this.alerts = alerts;
        this.views = views;
        this.cap = cap;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/public/alerts")
    String list(Locale locale, Model model) {
        Instant now = clock.instant();
        List<AlertViews.Row> rows = alerts.publicAlerts(SHOWN).stream()
                .map(a -> views.row(a, locale, now))
                .toList();
        model.addAttribute(
                "current", rows.stream().filter(AlertViews.Row::inForce).toList());
        model.addAttribute("earlier", rows.stream().filter(r -> !r.inForce()).toList());
        return "engagement/public-list";
    }

    @GetMapping("/public/alerts/{id}")
    String message(@PathVariable UUID id, Locale locale, Model model) {
        Alert alert = alerts.publicAlert(id);
        AlertMessage message = message(alert, id);
        model.addAttribute("message", views.message(alert, message, locale, clock.instant()));
        model.addAttribute("history", views.history(alert, message, locale));
        model.addAttribute("latest", alert.latest().id());
        return "engagement/public-alert";
    }

    @GetMapping("/public/alerts/{id}.xml")
    ResponseEntity<byte[]> cap(@PathVariable UUID id) {
        Alert alert = alerts.publicAlert(id);
        return ResponseEntity.ok()
                .contentType(CAP)
                .cacheControl(CacheControl.noCache())
                .body(CapXml.write(cap.of(alert, message(alert, id))));
    }

    @GetMapping("/public/alerts.atom")
    ResponseEntity<byte[]> feed() {
        List<AlertMessage> sent = alerts.publicMessages(SHOWN);
        Map<UUID, Alert> chains = new HashMap<>();
        List<AtomIndex.Entry> entries = sent.stream()
                .map(m -> {
                    Alert alert = chains.computeIfAbsent(m.alert(), a -> alerts.publicAlert(m.id()));
                    String headline = m.texts().get(0).headline();
                    String title = messages.getMessage(
                            "engagement.feed.entry." + m.msgType().value().toLowerCase(Locale.ROOT),
                            new Object[] {headline},
                            Locale.ENGLISH);
                    return new AtomIndex.Entry(
                            cap.of(alert, m),
                            title,
                            m.texts().get(0).description(),
                            settings.publicCap(m.id()),
                            settings.publicPage(m.id()));
                })
                .toList();
        // an empty feed still needs a time; the start of the epoch says that nothing was ever published
        Instant updated = sent.isEmpty() ? Instant.EPOCH : sent.get(0).sent();
        AtomIndex.Feed feed = new AtomIndex.Feed(
                settings.baseUrl() + "/public/alerts.atom",
                messages.getMessage("engagement.feed.title", null, Locale.ENGLISH),
                settings.baseUrl() + "/public/alerts.atom",
                settings.baseUrl() + "/public/alerts",
                updated,
                sent.isEmpty()
                        ? messages.getMessage("app.name", null, Locale.ENGLISH)
                        : sent.get(0).senderName(),
                entries);
        return ResponseEntity.ok()
                .contentType(ATOM)
                .cacheControl(CacheControl.noCache())
                .body(AtomIndex.write(feed));
    }

    private static AlertMessage message(Alert alert, UUID id) {
        AlertMessage message = alert.message(id);
        if (message == null) {
            throw new AlertNotFound(id);
        }
        return message;
    }
}
