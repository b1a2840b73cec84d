package org.bulwark.threat.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.threat.InvalidThreatLevelChange;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.LevelHistory;
import org.bulwark.threat.NewThreatScheme;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ScopeLevel;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.bulwark.threat.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Threat levels and schemes over HTTP. Errors are RFC 9457 problem+json. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Threat levels", description = "The threat level in force nationally, per region and per sector")
class ThreatApiController {

    private final ThreatLevels levels;

    ThreatApiController(ThreatLevels levels) {
        this.levels = levels;
    }

    @GetMapping("/threat-levels/current")
    @Operation(
            summary = "Levels in force",
            description = "Every level in force, national first. Anonymous callers get the public levels only,"
                    + " without who set them; signed-in partners get every level.")
    List<LevelJson> current(@AuthenticationPrincipal @Nullable BulwarkUser user) {
        boolean partner = user != null;
        return levels.allCurrent().stream()
                .filter(level -> partner || level.visibility() == Visibility.PUBLIC)
                .map(level -> LevelJson.of(level, partner))
                .toList();
    }

    @PutMapping("/threat-levels/current")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Set the level of a scope",
            description = "Coordinators only. The level is a code of the active scheme; the reason is required;"
                    + " expiresAt (an ISO-8601 instant in the future) is optional. Operators whose sites fall in the"
                    + " scope are told.")
    LevelJson change(@RequestBody ChangeRequest request, @AuthenticationPrincipal BulwarkUser user) {
        return LevelJson.of(levels.change(request.toChange(), user), true);
    }

    @GetMapping("/threat-levels/history")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "History of changes", description = "Every change, newest first, optionally of one scope.")
    HistoryJson history(
            @Parameter(description = "NATIONAL, REGION or SECTOR") @RequestParam(required = false) @Nullable
                    ScopeKind scopeKind,
            @Parameter(description = "the region's name or the sector's code") @RequestParam(required = false) @Nullable
                    String scopeValue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Scope scope = scopeKind == null ? null : ScopeJson.scope(scopeKind, scopeValue);
        LevelHistory history = levels.history(scope, page, size);
        return new HistoryJson(
                history.changes().stream().map(l -> LevelJson.of(l, true)).toList(),
                history.page(),
                history.size(),
                history.total());
    }

    @GetMapping("/threat-schemes")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Schemes", description = "Every scheme with its levels from the lowest; one is active.")
    List<ThreatScheme> schemes() {
        return levels.schemes();
    }

    @PostMapping("/threat-schemes")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a custom scheme",
            description = "Coordinators only. At least two levels, from the lowest up, each with its own code.")
    ThreatScheme createScheme(@RequestBody NewThreatScheme scheme) {
        return levels.createScheme(scheme);
    }

    @DeleteMapping("/threat-schemes/{code}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete a custom scheme",
            description = "Only a custom scheme that is neither active nor used.")
    void deleteScheme(@PathVariable String code) {
        levels.deleteScheme(code);
    }

    @PutMapping("/threat-schemes/{code}/active")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Make a scheme active",
            description = "Coordinators only. Levels set in the previous scheme no longer apply.")
    ThreatScheme activate(@PathVariable String code) {
        return levels.activateScheme(code);
    }

    /** A level in force or a past change. */
    record LevelJson(
            ScopeJson scope,
            String scheme,
            LevelOfScheme level,
            String reason,
            @Nullable String setBy,
            Instant setAt,
            @Nullable Instant expiresAt,
            Visibility visibility) {

        static LevelJson of(ScopeLevel level, boolean withAuthor) {
            return new LevelJson(
                    new ScopeJson(level.scope().kind(), level.scope().value()),
                    level.level().schemeCode(),
                    LevelOfScheme.of(level.level()),
                    level.reason(),
                    withAuthor ? level.authorName() : null,
                    level.changedAt(),
                    level.expiresAt(),
                    level.visibility());
        }
    }

    /** A level of a scheme. */
    record LevelOfScheme(String code, String name, int rank, String meaning) {

        static LevelOfScheme of(ThreatLevel level) {
            return new LevelOfScheme(level.code(), level.name(), level.rank(), level.meaning());
        }
    }

    /** A scope: {@code {"kind":"SECTOR","value":"stadia-arenas"}}; no value for NATIONAL. */
    record ScopeJson(@Nullable ScopeKind kind, @Nullable String value) {

        static Scope scope(@Nullable ScopeKind kind, @Nullable String value) {
            if (kind == null) {
                throw new InvalidThreatLevelChange(
                        "Give the scope's kind: NATIONAL, REGION or SECTOR, as in {\"kind\":\"SECTOR\",\"value\":\"retail\"}.");
            }
            if (kind == ScopeKind.NATIONAL) {
                return Scope.NATIONAL;
            }
            if (value == null || value.isBlank()) {
                throw new InvalidThreatLevelChange("A " + kind.name().toLowerCase(Locale.ROOT) + " scope names its "
                        + (kind == ScopeKind.REGION ? "region" : "sector code") + " in 'value'.");
            }
            return new Scope(kind, value.strip());
        }
    }

    /** The body of a change. */
    record ChangeRequest(
            @Nullable ScopeJson scope,
            @Nullable String level,
            @Nullable String reason,
            @Nullable Instant expiresAt,
            @Nullable Visibility visibility) {

        LevelChange toChange() {
            if (scope == null) {
                throw new InvalidThreatLevelChange(
                        "Give the scope, such as {\"kind\":\"NATIONAL\"} or {\"kind\":\"SECTOR\",\"value\":\"retail\"}.");
            }
            Scope target = ScopeJson.scope(scope.kind(), scope.value());
            if (level == null || level.isBlank()) {
                throw new InvalidThreatLevelChange("Give the level's code, such as \"SEVERE\".");
            }
            if (visibility == null) {
                throw new InvalidThreatLevelChange("Give the visibility: PUBLIC or PARTNERS.");
            }
            return new LevelChange(target, level, reason == null ? "" : reason, expiresAt, visibility);
        }
    }

    /** One page of the history. */
    record HistoryJson(List<LevelJson> changes, int page, int size, long total) {}
}
