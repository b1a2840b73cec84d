package org.bulwark.incidents.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bulwark.incidents.Incident;
import org.bulwark.incidents.IncidentZone;
import org.bulwark.incidents.Incidents;
import org.bulwark.incidents.StatusDetail;
import org.bulwark.incidents.TimelineEntry;
import org.bulwark.risk.AttackMethods;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How incidents and their timelines read, in the reader's language, on pages and in the after-action record. */
@Component
class IncidentNames {

    static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final AttackMethods methods;
    private final MessageSource messages;
    private final Sites sites;

    IncidentNames(AttackMethods methods, MessageSource messages, Sites sites) {
        this.methods = methods;
        this.messages = messages;
        this.sites = sites;
    }

    /** The name of each incident type, attack methods in catalogue order and then "other". */
    Map<String, String> types(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AttackMethods.Method method : methods.active()) {
            names.put(method.code(), method.name(locale));
        }
        names.put(Incidents.OTHER, messages.getMessage("incidents.type.other", null, locale));
        return names;
    }

    String type(String code, Locale locale) {
        return types(locale).getOrDefault(code, code);
    }

    /**
     * One timeline entry as people read it.
     *
     * @param text what happened, such as "reported Harbour Hall: Safe"
     * @param detail the rest of the entry's line, or null
     */
    record EventRow(
            String at,
            String who,
            String what,
            String text,
            @Nullable Integer zoneNumber,
            @Nullable UUID site,
            @Nullable String detail) {}

    /** The entries in the order given, with the zones numbered as drawn and the sites named. */
    List<EventRow> rows(Incident incident, List<TimelineEntry> entries, Locale locale) {
        Map<UUID, Integer> numbers = new HashMap<>();
        for (IncidentZone zone : incident.zones()) {
            numbers.put(zone.id(), numbers.size() + 1);
        }
        Map<UUID, String> siteNames = new HashMap<>();
        sites.findAllById(entries.stream()
                        .map(TimelineEntry::site)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(site -> siteNames.put(site.id(), site.details().name()));
        return entries.stream()
                .map(entry -> row(entry, numbers, siteNames, locale))
                .toList();
    }

    private EventRow row(TimelineEntry entry, Map<UUID, Integer> numbers, Map<UUID, String> siteNames, Locale locale) {
        Integer zone = entry.zone() == null ? null : numbers.get(entry.zone());
        String site = entry.site() == null
                ? ""
                : siteNames.getOrDefault(entry.site(), entry.site().toString());
        String third = "";
        String detail = entry.detail();
        switch (entry.what()) {
            case STATUS_REPORTED -> {
                StatusDetail parsed = StatusDetail.parse(entry.detail()).orElse(null);
                if (parsed != null) {
                    third = messages.getMessage(parsed.status().messageKey(), null, locale);
                    String channel = messages.getMessage(
                            "rollcall.channel." + parsed.channel().toLowerCase(Locale.ROOT),
                            null,
                            parsed.channel(),
                            locale);
                    detail = parsed.note() == null ? channel : channel + " — " + parsed.note();
                }
            }
            case ESCALATED ->
                detail = entry.detail() == null
                        ? messages.getMessage("rollcall.escalated.nobody", null, locale)
                        : messages.getMessage("rollcall.escalated.to", new Object[] {entry.detail()}, locale);
            case ESCALATION_WAIT_SET -> {
                third = entry.detail() == null ? "" : entry.detail();
                detail = null;
            }
            default -> {
                // the other kinds say everything in their message and the stored detail
            }
        }
        String text = messages.getMessage(
                entry.what().messageKey(),
                new Object[] {zone == null ? "" : zone, site, third},
                entry.what().name(),
                locale);
        return new EventRow(
                SHOWN.format(entry.at()), entry.who(), entry.what().name(), text, zone, entry.site(), detail);
    }
}
