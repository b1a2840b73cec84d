package org.bulwark.threat.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.partners.OrganisationSummary;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sites.Site;
import org.bulwark.sites.SiteProfile;
import org.bulwark.sites.SiteRemoved;
import org.bulwark.sites.Sites;
import org.bulwark.threat.ActionDomain;
import org.bulwark.threat.InvalidMeasure;
import org.bulwark.threat.InvalidMeasure.Violation;
import org.bulwark.threat.MeasureCatalogue;
import org.bulwark.threat.MeasureStatements;
import org.bulwark.threat.MeasureStatus;
import org.bulwark.threat.ProtectiveMeasure;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site checklists: the measures active for a site are worked out when read, from the catalogue and the site's
 * effective threat level, so that a level change reaches every affected checklist at once. Only the operators'
 * confirmations are stored.
 */
@Service
@Transactional(readOnly = true)
public class MeasureChecklists implements MeasureStatements {

    static final int NOTE_MAX = 2_000;

    private final JdbcClient jdbc;
    private final Sites sites;
    private final PartnerDirectory directory;
    private final ThreatLevels levels;
    private final MeasureCatalogue catalogue;
    private final Clock clock = Clock.systemUTC();

    public MeasureChecklists(
            JdbcClient jdbc, Sites sites, PartnerDirectory directory, ThreatLevels levels, MeasureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.directory = directory;
        this.levels = levels;
        this.catalogue = catalogue;
    }

    public MeasureAccess access(@Nullable BulwarkUser user) {
        return MeasureAccess.of(user, directory);
    }

    /** A stored statement about one measure at one site. */
    public record Confirmation(
            MeasureStatus status, @Nullable String note, String byName, Instant at) {

        /** When it was stated, in UTC, for display. */
        public OffsetDateTime atUtc() {
            return at.atOffset(ZoneOffset.UTC);
        }
    }

    /** One active measure of a checklist; {@code confirmation} is null while it waits to be confirmed. */
    public record ChecklistItem(
            ProtectiveMeasure measure,
            ActionDomain domain,
            @Nullable Confirmation confirmation) {

        public boolean toConfirm() {
            return confirmation == null;
        }
    }

    /** The active measures of one site at its effective level. */
    public record SiteChecklist(
            SiteProfile site,
            @Nullable String organisationName,
            @Nullable String region,
            ThreatLevel level,
            List<ChecklistItem> items,
            boolean canConfirm) {

        public long toConfirm() {
            return items.stream().filter(ChecklistItem::toConfirm).count();
        }

        public Optional<ChecklistItem> item(String code) {
            return items.stream()
                    .filter(i -> i.measure().code().equalsIgnoreCase(code))
                    .findFirst();
        }
    }

    /** How many active site-measures are in each state. */
    public record StatusCounts(long inPlace, long partly, long notPossible, long toConfirm) {

        public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0);

        public long total() {
            return inPlace + partly + notPossible + toConfirm;
        }

        StatusCounts plus(@Nullable MeasureStatus status) {
            if (status == null) {
                return new StatusCounts(inPlace, partly, notPossible, toConfirm + 1);
            }
            return switch (status) {
                case IN_PLACE -> new StatusCounts(inPlace + 1, partly, notPossible, toConfirm);
                case PARTLY -> new StatusCounts(inPlace, partly + 1, notPossible, toConfirm);
                case NOT_POSSIBLE -> new StatusCounts(inPlace, partly, notPossible + 1, toConfirm);
            };
        }

        StatusCounts plus(StatusCounts other) {
            return new StatusCounts(
                    inPlace + other.inPlace,
                    partly + other.partly,
                    notPossible + other.notPossible,
                    toConfirm + other.toConfirm);
        }

        /** The share in place, 0 to 100; 100 when nothing is active. */
        public int percentInPlace() {
            return total() == 0 ? 100 : (int) Math.round(100.0 * inPlace / total());
        }

        /** The share of a count in the total, 0 to 100, for drawing bars. */
        public double share(long count) {
            return total() == 0 ? 0 : 100.0 * count / total();
        }
    }

    /** One site's figures. */
    public record SiteCompliance(SiteProfile site, @Nullable String region, ThreatLevel level, StatusCounts counts) {}

    /** Compliance of every site, by sector and by region (keys are codes and region names). */
    public record Compliance(
            Map<String, StatusCounts> bySector,
            Map<String, StatusCounts> byRegion,
            List<SiteCompliance> sites,
            StatusCounts total) {}

    /**
     * The checklist of a site the person may see.
     *
     * @throws MeasureNotFound when there is no such site or the person may not see it
     */
    public SiteChecklist checklist(UUID siteId, MeasureAccess access) {
        access.requireSomeAccess();
        Site site = sites.findById(siteId)
                .filter(s -> access.canReadSitesOf(s.details().organisationId()))
                .orElseThrow(() -> new MeasureNotFound("There is no site " + siteId + " that you can see."));
        SiteProfile profile = new SiteProfile(
                site.id(),
                site.details().name(),
                site.details().sectorCode(),
                site.details().useType(),
                site.tier(),
                site.details().organisationId(),
                site.details().location());
        Optional<OrganisationSummary> organisation =
                Optional.ofNullable(profile.organisationId()).flatMap(directory::organisation);
        String region = organisation.map(OrganisationSummary::region).orElse(null);
        ThreatLevel level = levels.effectiveFor(profile.sectorCode(), region);
        Map<String, ActionDomain> domains = domainsByCode();
        Map<String, Confirmation> confirmations = confirmationsOf(site.id());
        List<ChecklistItem> items = new ArrayList<>();
        for (ProtectiveMeasure measure :
                catalogue.activeFor(profile.sectorCode(), profile.useType(), profile.tier(), level.rank())) {
            items.add(new ChecklistItem(measure, domains.get(measure.domainCode()), confirmations.get(measure.code())));
        }
        return new SiteChecklist(
                profile,
                organisation.map(OrganisationSummary::name).orElse(null),
                region,
                level,
                items,
                access.canConfirmFor(profile.organisationId()));
    }

    /**
     * Records what the person states about an active measure of a site, replacing what was stated before.
     *
     * @throws MeasureNotFound when the person may not see the site
     * @throws InvalidMeasure when the measure is not active for the site, the status is unknown or a required note
     *     is missing; nothing is stored then
     */
    @Transactional
    public Confirmation confirm(
            UUID siteId, String measureCode, @Nullable String status, @Nullable String note, MeasureAccess access) {
        SiteChecklist checklist = checklist(siteId, access);
        if (!checklist.canConfirm()) {
            throw MeasureAccess.forbidden("Your role can read checklists but not confirm measures.");
        }
        ChecklistItem item = checklist
                .item(measureCode)
                .orElseThrow(() -> new InvalidMeasure(
                        "code",
                        "measures.error.notActive",
                        measureCode + " is not an active measure of this site at its current level.",
                        measureCode));
        List<Violation> problems = new ArrayList<>();
        MeasureStatus parsed = MeasureStatus.parse(status);
        if (parsed == null) {
            problems.add(new Violation(
                    "status", "measures.error.status", "Choose IN_PLACE, PARTLY or NOT_POSSIBLE as the status."));
        }
        String text = note == null ? "" : note.strip();
        if (parsed != null && parsed.needsNote() && text.isEmpty()) {
            problems.add(new Violation(
                    "note",
                    "measures.error.note.required",
                    "Explain in a note what is missing or why the measure cannot be applied."));
        }
        if (text.length() > NOTE_MAX) {
            problems.add(new Violation(
                    "note",
                    "measures.error.note.tooLong",
                    "The note is " + text.length() + " characters long; shorten it to " + NOTE_MAX + ".",
                    text.length(),
                    NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeasure(problems);
        }
        Instant now = clock.instant();
        String code = item.measure().code();
        jdbc.sql("delete from threat_measure_confirmation where site_id = ? and measure_code = ?")
                .params(siteId, code)
                .update();
        jdbc.sql("insert into threat_measure_confirmation (site_id, measure_code, status, note, confirmed_by,"
                        + " confirmed_by_name, confirmed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        siteId,
                        code,
                        parsed.name(),
                        text.isEmpty() ? null : text,
                        access.user().accountId(),
                        access.user().displayName(),
                        now.atOffset(ZoneOffset.UTC))
                .update();
        return new Confirmation(
                parsed, text.isEmpty() ? null : text, access.user().displayName(), now);
    }

    @Override
    public List<String> activeMeasureCodes(UUID siteId, BulwarkUser reader) {
        return checklist(siteId, access(reader)).items().stream()
                .map(item -> item.measure().code())
                .toList();
    }

    @Override
    @Transactional
    public void state(
            UUID siteId, String measureCode, MeasureStatus status, @Nullable String note, BulwarkUser author) {
        confirm(siteId, measureCode, status.name(), note, access(author));
    }

    /** The sites of the operator's organisation with their figures, by name; empty for an operator without one. */
    public List<SiteCompliance> ownSites(MeasureAccess access) {
        access.requireSomeAccess();
        if (access.ownOrganisation() == null) {
            return List.of();
        }
        List<SiteProfile> own = sites.profiles(access.ownOrganisation());
        Grading grading = new Grading();
        List<SiteCompliance> result = new ArrayList<>();
        for (SiteProfile site : own) {
            result.add(grading.grade(site, statusesOf(site.id())));
        }
        return result;
    }

    /** The compliance of every site; for coordinators, advisors and analysts. */
    public Compliance compliance(MeasureAccess access) {
        access.requireAllSites();
        Map<UUID, Map<String, MeasureStatus>> statuses = new HashMap<>();
        jdbc.sql("select site_id, measure_code, status from threat_measure_confirmation")
                .query(rs -> {
                    statuses.computeIfAbsent(rs.getObject("site_id", UUID.class), id -> new HashMap<>())
                            .put(rs.getString("measure_code"), MeasureStatus.valueOf(rs.getString("status")));
                });
        Grading grading = new Grading();
        Map<String, StatusCounts> bySector = new TreeMap<>();
        Map<String, StatusCounts> byRegion = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<SiteCompliance> all = new ArrayList<>();
        StatusCounts total = StatusCounts.NONE;
        for (SiteProfile site : sites.profiles(null)) {
            SiteCompliance graded = grading.grade(site, statuses.getOrDefault(site.id(), Map.of()));
            all.add(graded);
            bySector.merge(site.sectorCode(), graded.counts(), StatusCounts::plus);
            byRegion.merge(graded.region() == null ? "" : graded.region(), graded.counts(), StatusCounts::plus);
            total = total.plus(graded.counts());
        }
        return new Compliance(bySector, byRegion, all, total);
    }

    /** Lets go of a removed site's confirmations. */
    @ApplicationModuleListener
    void on(SiteRemoved removed) {
        jdbc.sql("delete from threat_measure_confirmation where site_id = ?")
                .param(removed.site())
                .update();
    }

    /** Grades many sites with one read of the catalogue, and one level look-up per sector and region. */
    private final class Grading {

        private final List<ProtectiveMeasure> measures = catalogue.measures();
        private final Map<UUID, Optional<OrganisationSummary>> organisations = new HashMap<>();
        private final Map<String, ThreatLevel> effective = new HashMap<>();

        SiteCompliance grade(SiteProfile site, Map<String, MeasureStatus> statuses) {
            String region = site.organisationId() == null
                    ? null
                    : organisations
                            .computeIfAbsent(site.organisationId(), directory::organisation)
                            .map(OrganisationSummary::region)
                            .orElse(null);
            ThreatLevel level = effective.computeIfAbsent(
                    site.sectorCode() + '\u0000' + (region == null ? "" : region),
                    key -> levels.effectiveFor(site.sectorCode(), region));
            StatusCounts counts = StatusCounts.NONE;
            for (ProtectiveMeasure measure : measures) {
                if (measure.activeFor(site.sectorCode(), site.useType(), site.tier(), level.rank())) {
                    counts = counts.plus(statuses.get(measure.code()));
                }
            }
            return new SiteCompliance(site, region, level, counts);
        }
    }

    private Map<String, ActionDomain> domainsByCode() {
        Map<String, ActionDomain> domains = new HashMap<>();
        catalogue.domains().forEach(d -> domains.put(d.code(), d));
        return domains;
    }

    private Map<String, MeasureStatus> statusesOf(UUID siteId) {
        Map<String, MeasureStatus> statuses = new HashMap<>();
        confirmationsOf(siteId).forEach((code, c) -> statuses.put(code, c.status()));
        return statuses;
    }

    private Map<String, Confirmation> confirmationsOf(UUID siteId) {
        Map<String, Confirmation> confirmations = new HashMap<>();
        jdbc.sql("select * from threat_measure_confirmation where site_id = ?")
                .param(siteId)
                .query(rs -> {
                    confirmations.put(
                            rs.getString("measure_code"),
                            new Confirmation(
                                    MeasureStatus.valueOf(rs.getString("status")),
                                    rs.getString("note"),
                                    rs.getString("confirmed_by_name"),
                                    rs.getObject("confirmed_at", OffsetDateTime.class)
                                            .toInstant()));
                });
        return confirmations;
    }
}
