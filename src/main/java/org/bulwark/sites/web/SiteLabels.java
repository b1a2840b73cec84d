package org.bulwark.sites.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.sites.Site;
import org.bulwark.sites.internal.SiteRegistry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Display names of catalogue entries and tier explanations in the reader's language. */
@Component
class SiteLabels {

    private final PartnerDirectory partners;
    private final SiteRegistry registry;
    private final MessageSource messages;

    SiteLabels(PartnerDirectory partners, SiteRegistry registry, MessageSource messages) {
        this.partners = partners;
        this.registry = registry;
        this.messages = messages;
    }

    /** Sector names by code, in catalogue order. */
    Map<String, String> sectors(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Sector sector : partners.sectors()) {
            names.put(sector.code(), sector.name(locale));
        }
        return names;
    }

    String sector(String code, Locale locale) {
        return partners.sector(code).map(sector -> sector.name(locale)).orElse(code);
    }

    List<OrganisationSummary> organisations() {
        return partners.organisations();
    }

    String tierExplanation(Site site, Locale locale) {
        return messages.getMessage(registry.assess(site).explanation(), locale);
    }
}
