package org.bulwark.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.bulwark.risk.internal.Catalogue;
import org.bulwark.risk.internal.CatalogueEntry;
import org.bulwark.risk.internal.QuestionInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The attack-method catalogue over JSON: read it, change or retire a question. */
@RestController
@RequestMapping("/api/v1/risk/catalogue")
@Tag(name = "Risk catalogue", description = "Attack methods and their mitigation questions")
class CatalogueApiController {

    private final Catalogue catalogue;

    CatalogueApiController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A question's new values; {@code retired: true} retires it (retirement cannot be undone here). */
    record QuestionUpdate(
            @Nullable String textEn,
            @Nullable String textFr,
            @Nullable Integer weight,
            @Nullable String proportionateFrom,
            @Nullable Boolean retired) {}

    @Operation(summary = "Every attack method with its questions, retired ones flagged")
    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADVISOR', 'ANALYST')")
    List<CatalogueEntry> catalogue() {
        return catalogue.entries();
    }

    @Operation(
            summary = "Change a question's texts, weight (1-3) and proportionate-from band, or retire it",
            description = "Both texts are required. On any error nothing changes.")
    @PutMapping("/questions/{code}")
    @PreAuthorize("hasRole('COORDINATOR')")
    CatalogueEntry.Question update(@PathVariable String code, @RequestBody QuestionUpdate body) {
        catalogue.updateQuestion(
                code,
                new QuestionInput(
                        code,
                        body.textEn(),
                        body.textFr(),
                        body.weight() == null ? null : String.valueOf(body.weight()),
                        body.proportionateFrom()),
                Boolean.TRUE.equals(body.retired()));
        return catalogue.entryOfQuestion(code).orElseThrow().questions().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
