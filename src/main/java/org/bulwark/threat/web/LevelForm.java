package org.bulwark.threat.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.bulwark.threat.LevelChange;
import org.bulwark.threat.Scope;
import org.bulwark.threat.ScopeKind;
import org.bulwark.threat.ThreatLevel;
import org.bulwark.threat.ThreatScheme;
import org.bulwark.threat.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The form to set a level, every field as typed so that a wrong value comes back as the person wrote it. */
class LevelForm {

    static final int REASON_MAX = 2_000;

    private String scopeKind = "NATIONAL";
    private @Nullable String region;
    private @Nullable String sector;
    private @Nullable String level;
    private @Nullable String reason;
    private @Nullable String expiresAt;
    private String visibility = "PARTNERS";

    /** The change the form asks for, or null when a field is wrong; each wrong field is rejected in errors. */
    @Nullable
    LevelChange check(
            ThreatScheme scheme, List<String> regions, List<String> sectors, ZoneId zone, Instant now, Errors errors) {
        Scope scope = null;
        ScopeKind kind = parse(ScopeKind.class, scopeKind);
        if (kind == null) {
            errors.rejectValue("scopeKind", "threat.error.scopeKind");
        } else if (kind == ScopeKind.NATIONAL) {
            scope = Scope.NATIONAL;
        } else if (kind == ScopeKind.REGION) {
            String match = regions.stream()
                    .filter(r -> r.equalsIgnoreCase(blankToEmpty(region)))
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                errors.rejectValue("region", "threat.error.region");
            } else {
                scope = Scope.region(match);
            }
        } else if (sector == null || !sectors.contains(sector)) {
            errors.rejectValue("sector", "threat.error.sector");
        } else {
            scope = Scope.sector(sector);
        }
        ThreatLevel chosen = level == null ? null : scheme.level(level).orElse(null);
        if (chosen == null) {
            errors.rejectValue("level", "threat.error.level", new Object[] {scheme.name()}, null);
        }
        String why = blankToEmpty(reason).strip();
        if (why.isEmpty()) {
            errors.rejectValue("reason", "threat.error.reason.required");
        } else if (why.length() > REASON_MAX) {
            errors.rejectValue("reason", "threat.error.reason.long", new Object[] {REASON_MAX}, null);
        }
        Instant expiry = null;
        if (!blankToEmpty(expiresAt).isBlank()) {
            try {
                expiry = LocalDateTime.parse(expiresAt.strip()).atZone(zone).toInstant();
                if (!expiry.isAfter(now)) {
                    errors.rejectValue("expiresAt", "threat.error.expiry.past");
                }
            } catch (DateTimeException e) {
                errors.rejectValue("expiresAt", "threat.error.expiry.format");
            }
        }
        Visibility seenBy = parse(Visibility.class, visibility);
        if (seenBy == null) {
            errors.rejectValue("visibility", "threat.error.visibility");
        }
        if (errors.hasErrors() || scope == null || chosen == null || seenBy == null) {
            return null;
        }
        return new LevelChange(scope, chosen.code(), why, expiry, seenBy);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getScopeKind() {
        return scopeKind;
    }

    public void setScopeKind(String scopeKind) {
        this.scopeKind = scopeKind;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getLevel() {
        return level;
    }

    public void setLevel(@Nullable String level) {
        this.level = level;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable String getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(@Nullable String expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
