package org.bulwark.risk.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.partners.Sector;
import org.bulwark.risk.Assessment;
import org.bulwark.risk.RiskBand;
import org.bulwark.sites.Site;
import org.bulwark.sites.Sites;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's risk picture: each site with its latest approved assessment and that assessment's highest residual
 * band, limited to what the person may read.
 */
@Component
public class RiskOverview {

    /** A site with the band of its latest approved assessment. */
    public record AssessedSite(
            Site site,
            Assessment assessment,
            RiskBand band,
            @Nullable String region) {}

    /** Counts of sites per band for one group (a sector or a region). */
    public record GroupCounts(String name, Map<RiskBand, Integer> counts) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(RiskBand band) {
            return counts.getOrDefault(band, 0);
        }
    }

    private final JdbcAssessments store;
    private final Sites sites;
    private final PartnerDirectory partners;

    RiskOverview(JdbcAssessments store, Sites sites, PartnerDirectory partners) {
        this.store = store;
        this.sites = sites;
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public List<AssessedSite> assessedSites(RiskAccess access) {
        Map<UUID, Assessment> latest = store.latestApproved().stream()
                .filter(a -> a.highestBand() != null)
                .collect(Collectors.toMap(Assessment::siteId, a -> a));
        Map<UUID, OrganisationSummary> organisations = new java.util.HashMap<>();
        List<AssessedSite> result = new ArrayList<>();
        for (Site site : sites.findAllById(latest.keySet())) {
            UUID organisation = site.details().organisationId();
            if (!access.canRead(organisation)) {
                continue;
            }
            @Nullable String region = null;
            if (organisation != null) {
                OrganisationSummary summary = organisations.computeIfAbsent(
                        organisation, id -> partners.organisation(id).orElse(null));
                region = summary == null || summary.region().isBlank() ? null : summary.region();
            }
            Assessment assessment = latest.get(site.id());
            result.add(new AssessedSite(site, assessment, assessment.highestBand(), region));
        }
        result.sort(java.util.Comparator.comparing(a -> a.site().details().name()));
        return result;
    }

    /** Sites by sector, sectors in catalogue order. */
    public List<GroupCounts> bySector(List<AssessedSite> assessed, Locale locale) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Sector sector : partners.sectors()) {
            names.put(sector.code(), sector.name(locale));
        }
        Map<String, List<AssessedSite>> grouped = assessed.stream()
                .collect(Collectors.groupingBy(a -> a.site().details().sectorCode()));
        List<GroupCounts> result = new ArrayList<>();
        names.forEach((code, name) -> {
            if (grouped.containsKey(code)) {
                result.add(counts(name, grouped.get(code)));
            }
        });
        grouped.forEach((code, list) -> {
            if (!names.containsKey(code)) {
                result.add(counts(code, list));
            }
        });
        return result;
    }

    /** Sites by the region of their organisation, by name; {@code noRegion} names the group without one. */
    public List<GroupCounts> byRegion(List<AssessedSite> assessed, String noRegion) {
        Map<String, List<AssessedSite>> grouped = assessed.stream()
                .collect(Collectors.groupingBy(
                        a -> a.region() == null ? noRegion : a.region(), TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream()
                .map(e -> counts(e.getKey(), e.getValue()))
                .toList();
    }

    private static GroupCounts counts(String name, List<AssessedSite> sites) {
        Map<RiskBand, Integer> counts = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            counts.put(band, 0);
        }
        sites.stream()
                .collect(Collectors.groupingBy(AssessedSite::band, Collectors.counting()))
                .forEach((band, n) -> counts.put(band, n.intValue()));
        return new GroupCounts(name, counts);
    }
}
