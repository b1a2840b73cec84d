package org.bulwark.threat.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.sites.Tier;
import org.bulwark.sites.UseType;
import org.bulwark.threat.MeasureCatalogue;
import org.bulwark.threat.ProtectiveMeasure;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.bulwark.threat.internal.MeasureAccess;
import org.bulwark.threat.internal.MeasureChecklists;
import org.bulwark.threat.internal.MeasureChecklists.ChecklistItem;
import org.bulwark.threat.internal.MeasureChecklists.Compliance;
import org.bulwark.threat.internal.MeasureChecklists.Confirmation;
import org.bulwark.threat.internal.MeasureChecklists.SiteChecklist;
import org.bulwark.threat.internal.MeasureChecklists.StatusCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The measure catalogue, site checklists and compliance over the API; the pages' access rules apply. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Protective measures")
class MeasuresApi {

    private final MeasureCatalogue catalogue;
    private final MeasureChecklists checklists;
    private final ThreatLevels levels;

    MeasuresApi(MeasureCatalogue catalogue, MeasureChecklists checklists, ThreatLevels levels) {
        this.catalogue = catalogue;
        this.checklists = checklists;
        this.levels = levels;
    }

    /** A measure of the catalogue; {@code fromLevel} is null for a permanent measure. */
    record MeasureView(
            String code,
            String domain,
            String domainName,
            String text,
            List<String> sectors,
            List<String> useTypes,
            List<String> tiers,
            boolean permanent,
            @Nullable Integer fromRank,
            @Nullable String fromLevel,
            boolean retired) {}

    /** One active measure of a site; {@code status} is null while it waits to be confirmed. */
    record ItemView(
            String code,
            String domain,
            String text,
            @Nullable String status,
            boolean toConfirm,
            @Nullable String note,
            @Nullable String confirmedBy,
            @Nullable Instant confirmedAt) {}

    record ChecklistView(
            UUID site, String siteName, String level, int levelRank, long toConfirm, List<ItemView> measures) {}

    /** What the operator states about one measure. */
    record StatementBody(@Nullable String status, @Nullable String note) {}

    record CountsView(long inPlace, long partly, long notPossible, long toConfirm, long total, int percentInPlace) {}

    record ComplianceView(
            String scheme, CountsView total, Map<String, CountsView> bySector, Map<String, CountsView> byRegion) {}

    @GetMapping("/measures")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADVISOR', 'ANALYST', 'OPERATOR', 'INTEGRATION')")
    @Operation(
            summary = "The protective-measure catalogue",
            description = "Every measure that is not retired (add retired=true for all), by action domain. Lists of"
                    + " sectors, use types and tiers are empty when the measure applies to every one.")
    List<MeasureView> measures(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean retired,
            Locale locale) {
        ThreatScheme scheme = levels.activeScheme();
        Map<String, String> domainNames = new java.util.HashMap<>();
        catalogue.domains().forEach(d -> domainNames.put(d.code(), d.name(locale)));
        return catalogue.measures().stream()
                .filter(m -> retired || !m.retired())
                .map(m -> view(m, scheme, domainNames, locale))
                .toList();
    }

    @GetMapping("/sites/{id}/measures")
    @Operation(
            summary = "A site's checklist",
            description = "The measures active for the site at its effective threat level, each with the latest"
                    + " statement about it or toConfirm=true.")
    ChecklistView checklist(@AuthenticationPrincipal BulwarkUser user, @PathVariable UUID id, Locale locale) {
        return view(checklists.checklist(id, checklists.access(user)), locale);
    }

    @PutMapping("/sites/{id}/measures/{code}")
    @Operation(
            summary = "State whether an active measure is in place",
            description = "status is IN_PLACE, PARTLY or NOT_POSSIBLE; a note is required for PARTLY and"
                    + " NOT_POSSIBLE. Replaces the previous statement; returns the measure as it now stands.")
    ItemView confirm(
            @AuthenticationPrincipal BulwarkUser user,
            @PathVariable UUID id,
            @PathVariable String code,
            @RequestBody StatementBody body,
            Locale locale) {
        MeasureAccess access = checklists.access(user);
        checklists.confirm(id, code, body.status(), body.note(), access);
        ChecklistItem item = checklists.checklist(id, access).item(code).orElseThrow();
        return view(item, locale);
    }

    @GetMapping("/measures/compliance")
    @Operation(
            summary = "Compliance with active measures",
            description = "Counts of active site-measures by statement, in total, by sector code and by region."
                    + " For coordinators, advisors and analysts.")
    ComplianceView compliance(@AuthenticationPrincipal BulwarkUser user) {
        Compliance compliance = checklists.compliance(checklists.access(user));
        Map<String, CountsView> bySector = new java.util.TreeMap<>();
        compliance.bySector().forEach((k, v) -> bySector.put(k, counts(v)));
        Map<String, CountsView> byRegion = new java.util.TreeMap<>();
        compliance.byRegion().forEach((k, v) -> byRegion.put(k, counts(v)));
        return new ComplianceView(levels.activeScheme().code(), counts(compliance.total()), bySector, byRegion);
    }

    private static CountsView counts(StatusCounts c) {
        return new CountsView(c.inPlace(), c.partly(), c.notPossible(), c.toConfirm(), c.total(), c.percentInPlace());
    }

    private static MeasureView view(
            ProtectiveMeasure m, ThreatScheme scheme, Map<String, String> domainNames, Locale locale) {
        return new MeasureView(
                m.code(),
                m.domainCode(),
                domainNames.getOrDefault(m.domainCode(), m.domainCode()),
                m.text(locale),
                m.sectors().stream().sorted().toList(),
                m.useTypes().stream().map(UseType::code).sorted().toList(),
                m.tiers().stream().sorted().map(Tier::name).toList(),
                m.permanent(),
                m.fromRank(),
                m.fromRank() == null
                        ? null
                        : scheme.level(m.fromRank()).map(l -> l.name()).orElse(null),
                m.retired());
    }

    private static ChecklistView view(SiteChecklist checklist, Locale locale) {
        return new ChecklistView(
                checklist.site().id(),
                checklist.site().name(),
                checklist.level().name(),
                checklist.level().rank(),
                checklist.toConfirm(),
                checklist.items().stream().map(i -> view(i, locale)).toList());
    }

    private static ItemView view(ChecklistItem item, Locale locale) {
        Confirmation c = item.confirmation();
        return new ItemView(
                item.measure().code(),
                item.measure().domainCode(),
                item.measure().text(locale),
                c == null ? null : c.status().name(),
                c == null,
                c == null ? null : c.note(),
                c == null ? null : c.byName(),
                c == null ? null : c.at());
    }
}
