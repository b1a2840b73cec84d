package org.bulwark.sharing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Readers;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.bulwark.sharing.IndicatorDraft;
import org.bulwark.sharing.IndicatorNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue over the API: read as the access policy allows, changed by coordinators. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Suspicious-activity indicators")
class IndicatorsApi {

    private final IndicatorCatalogue catalogue;
    private final Readers readers;

    // the partner registry works out the readers; looked up on the first call, not at start-up
    IndicatorsApi(IndicatorCatalogue catalogue, Readers readers) {
        this.catalogue = catalogue;
        this.readers = readers;
    }

    /**
     * An entry of the catalogue; {@code category} and {@code sector} are null for a category.
     *
     * @param kind {@code CATEGORY} or {@code SECTOR_INDICATOR}
     * @param tlp such as {@code TLP:GREEN}
     */
    record IndicatorView(
            String code,
            String kind,
            String part,
            @Nullable String category,
            @Nullable String sector,
            String nameEn,
            String nameFr,
            String descriptionEn,
            String descriptionFr,
            List<String> examplesEn,
            List<String> examplesFr,
            int position,
            boolean active,
            String tlp,
            List<String> audience,
            Instant updatedAt) {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(
                    i.code(),
                    i.isCategory() ? "CATEGORY" : "SECTOR_INDICATOR",
                    i.part().name(),
                    i.category(),
                    i.sector(),
                    i.nameEn(),
                    i.nameFr(),
                    i.descriptionEn(),
                    i.descriptionFr(),
                    i.examplesEn(),
                    i.examplesFr(),
                    i.position(),
                    i.active(),
                    i.tlp().label(),
                    i.audience(),
                    i.updatedAt());
        }
    }

    /**
     * A new or changed entry. A body that names a {@code category} creates a sector-specific indicator, otherwise a
     * category. Fields left out keep their value on a change, except the texts and examples, which are replaced.
     */
    record IndicatorBody(
            @Nullable String code,
            @Nullable String part,
            @Nullable String category,
            @Nullable String sector,
            @Nullable String nameEn,
            @Nullable String nameFr,
            @Nullable String descriptionEn,
            @Nullable String descriptionFr,
            @Nullable List<String> examplesEn,
            @Nullable List<String> examplesFr,
            @Nullable Integer position,
            @Nullable String tlp,
            @Nullable List<String> audience,
            @Nullable Boolean active) {

        IndicatorDraft draft() {
            return new IndicatorDraft(
                    code,
                    part,
                    category,
                    sector,
                    nameEn,
                    nameFr,
                    descriptionEn,
                    descriptionFr,
                    examplesEn == null ? List.of() : examplesEn,
                    examplesFr == null ? List.of() : examplesFr,
                    position,
                    tlp,
                    audience);
        }
    }

    @GetMapping
    @Operation(
            summary = "The suspicious-activity indicator catalogue",
            description = "The active entries the caller may read, in catalogue order: each category followed by its"
                    + " sector-specific indicators. sector keeps only that sector's specific indicators; q keeps"
                    + " entries whose name, description or examples contain the text, in English or French.")
    List<IndicatorView> list(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String q) {
        Reader reader = reader(user);
        String sectorCode = sector == null || sector.isBlank() ? null : sector.strip();
        List<Indicator> entries = q == null || q.isBlank()
                ? catalogue.readableBy(reader, sectorCode)
                : catalogue.search(reader, q).stream()
                        .filter(i -> sectorCode == null
                                || i.sector() == null
                                || i.sector().equals(sectorCode))
                        .toList();
        return entries.stream().map(IndicatorView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "One entry of the catalogue",
            description = "404 when no entry the caller may read has the code.")
    IndicatorView one(@AuthenticationPrincipal BulwarkUser user, @PathVariable String code) {
        return catalogue.find(reader(user), code).map(IndicatorView::of).orElseThrow(() -> new IndicatorNotFound(code));
    }

    @PostMapping
    @Operation(
            summary = "Add an entry (coordinators)",
            description = "A category needs code, part (A or B), names and descriptions in English and French; a"
                    + " sector-specific indicator needs category and sector instead of part. tlp defaults to GREEN,"
                    + " audience to the network for a category and to its sector otherwise.")
    ResponseEntity<IndicatorView> create(@AuthenticationPrincipal BulwarkUser user, @RequestBody IndicatorBody body) {
        Reader editor = reader(user);
        Indicator created = body.category() == null
                ? catalogue.createCategory(editor, body.draft())
                : catalogue.createSectorIndicator(editor, body.draft());
        if (Boolean.FALSE.equals(body.active())) {
            created = catalogue.deactivate(editor, created.code());
        }
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code()))
                .body(IndicatorView.of(created));
    }

    @PutMapping("/{code}")
    @Operation(
            summary = "Change an entry (coordinators)",
            description = "Replaces the texts and examples; part, category, sector, position, tlp and audience change"
                    + " when given. active=false withdraws the entry, active=true puts it back.")
    IndicatorView update(
            @AuthenticationPrincipal BulwarkUser user, @PathVariable String code, @RequestBody IndicatorBody body) {
        Reader editor = reader(user);
        Indicator updated = catalogue.update(editor, code, body.draft());
        if (body.active() != null && body.active() != updated.active()) {
            updated = body.active()
                    ? catalogue.reactivate(editor, updated.code())
                    : catalogue.deactivate(editor, updated.code());
        }
        return IndicatorView.of(updated);
    }

    private Reader reader(BulwarkUser user) {
        return readers.reader(user.accountId(), user.role());
    }
}
