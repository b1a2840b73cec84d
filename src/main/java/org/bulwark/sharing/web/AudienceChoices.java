package org.bulwark.sharing.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.AccountSummary;
import org.bulwark.identity.Accounts;
import org.bulwark.identity.Audience;
import org.bulwark.identity.Role;
import org.bulwark.partners.OrganisationStatus;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Partners;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SharingGroup;
import org.bulwark.partners.SharingGroups;
import org.springframework.stereotype.Component;

/** The audiences an author can choose from, and how an audience key reads to a person. */
@Component
class AudienceChoices {

    private final PartnerDirectory directory;
    private final Partners partners;
    private final Accounts accounts;
    private final SharingGroups groups;

    AudienceChoices(PartnerDirectory directory, Partners partners, Accounts accounts, SharingGroups groups) {
        this.directory = directory;
        this.partners = partners;
        this.accounts = accounts;
        this.groups = groups;
    }

    Choices choices(Locale locale) {
        List<Option> sectors = directory.sectors().stream()
                .map(sector -> new Option(sector.code(), sector.name(locale)))
                .toList();
        List<Option> regions = partners.regions().stream()
                .map(region -> new Option(region.toLowerCase(Locale.ROOT), region))
                .toList();
        List<Option> organisations = directory.organisations().stream()
                .filter(AudienceChoices::isApproved)
                .map(organisation -> new Option(organisation.id().toString(), organisation.name()))
                .toList();
        List<Option> people = accounts.all().stream()
                .filter(AccountSummary::enabled)
                .filter(account -> account.role() != Role.ADMIN && account.role() != Role.OVERSEER)
                .sorted(Comparator.comparing(AccountSummary::displayName))
                .map(account -> new Option(account.id().toString(), account.displayName()))
                .toList();
        List<Option> sharingGroups = groups.list().stream()
                .map(group -> new Option(group.id().toString(), group.name()))
                .toList();
        return new Choices(sectors, regions, organisations, sharingGroups, people);
    }

    /** Each key with a label a person understands, in the order given. */
    Map<String, String> labels(List<String> keys, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> sectorNames = new HashMap<>();
        for (Sector sector : directory.sectors()) {
            sectorNames.put(sector.code(), sector.name(locale));
        }
        List<UUID> organisations = new ArrayList<>();
        for (String key : keys) {
            Audience audience = Audience.ofKey(key);
            if (audience.kind() == org.bulwark.identity.AudienceKind.ORGANISATION) {
                organisations.add(UUID.fromString(audience.reference()));
            }
        }
        Map<UUID, String> organisationNames = directory.namesOf(organisations);
        for (String key : keys) {
            Audience audience = Audience.ofKey(key);
            String reference = audience.reference();
            String label = switch (audience.kind()) {
                case NETWORK -> "";
                case SECTOR -> sectorNames.getOrDefault(reference, reference);
                case REGION -> regionName(reference);
                case ORGANISATION -> organisationNames.getOrDefault(UUID.fromString(reference), reference);
                case GROUP ->
                    groups.find(UUID.fromString(reference))
                            .map(SharingGroup::name)
                            .orElse(reference);
                case MEMBER ->
                    accounts.find(UUID.fromString(reference))
                            .map(AccountSummary::displayName)
                            .orElse(reference);
            };
            labels.put(key, label);
        }
        return labels;
    }

    private String regionName(String lowerCased) {
        return partners.regions().stream()
                .filter(region -> region.toLowerCase(Locale.ROOT).equals(lowerCased))
                .findFirst()
                .orElse(lowerCased);
    }

    record Option(String value, String label) {}

    record Choices(
            List<Option> sectors,
            List<Option> regions,
            List<Option> organisations,
            List<Option> groups,
            List<Option> people) {}

    static boolean isApproved(OrganisationSummary organisation) {
        return OrganisationStatus.APPROVED.name().equals(organisation.status());
    }
}
