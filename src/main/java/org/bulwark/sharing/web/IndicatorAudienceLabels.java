package org.bulwark.sharing.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bulwark.identity.Audience;
import org.bulwark.identity.AudienceKind;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Says who an audience key names, in the reader's language: a sector or organisation by its name, not its code. */
@Component
class IndicatorAudienceLabels {

    private final PartnerDirectory directory;
    private final MessageSource messages;

    IndicatorAudienceLabels(PartnerDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** A label for each of the keys, in their order; a key that cannot be read is shown as it is. */
    Map<String, String> of(Collection<String> keys, Locale locale) {
        List<Sector> sectors = directory.sectors();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : keys) {
            labels.computeIfAbsent(key, k -> label(k, sectors, locale));
        }
        return labels;
    }

    private String label(String key, List<Sector> sectors, Locale locale) {
        Audience audience;
        try {
            audience = Audience.ofKey(key);
        } catch (IllegalArgumentException ex) {
            return key;
        }
        String reference = audience.reference();
        String name = switch (audience.kind()) {
            case NETWORK -> "";
            case SECTOR ->
                sectors.stream()
                        .filter(s -> s.code().equals(reference))
                        .findFirst()
                        .or(() -> directory.sector(reference))
                        .map(s -> s.name(locale))
                        .orElse(reference);
            case ORGANISATION ->
                organisation(reference)
                        .flatMap(id -> Optional.ofNullable(
                                directory.namesOf(List.of(id)).get(id)))
                        .orElse(reference);
            default -> reference;
        };
        return messages.getMessage("indicators.audience." + audience.kind().prefix(), new Object[] {name}, key, locale);
    }

    private static Optional<UUID> organisation(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /** The keys a coordinator picks from: the whole network and each active sector. */
    static List<String> choices(List<Sector> sectors) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(Audience.NETWORK.key());
        sectors.forEach(s -> keys.add(new Audience(AudienceKind.SECTOR, s.code()).key()));
        return keys;
    }
}
