package org.bulwark.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.bulwark.partners.SectorCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sectors")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Partners")
class SectorsApi {

    private final SectorCatalogue catalogue;

    SectorsApi(SectorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(
            summary = "The sector catalogue in display order",
            description = "Active sectors only, unless includeInactive is true. 'name' is in the caller's"
                    + " language (?lang=fr or the language cookie).")
    List<SectorResponse> sectors(@RequestParam(defaultValue = "false") boolean includeInactive, Locale locale) {
        return catalogue.all().stream()
                .filter(sector -> includeInactive || sector.active())
                .map(sector -> new SectorResponse(
                        sector.code(),
                        sector.name(locale),
                        sector.nameEn(),
                        sector.nameFr(),
                        sector.position(),
                        sector.active()))
                .toList();
    }

    record SectorResponse(String code, String name, String nameEn, String nameFr, int position, boolean active) {}
}
