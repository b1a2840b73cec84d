package org.bulwark.incidents.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.bulwark.incidents.ZoneDraft;
import org.bulwark.incidents.ZoneKind;
import org.jspecify.annotations.Nullable;

/**
 * A zone as the pages send it: a circle from a centre clicked on the map and a radius, or pasted GeoJSON, which wins
 * when both are given. Times are UTC, as {@code datetime-local} fields send them.
 */
class ZoneForm {

    private @Nullable String kind;
    private @Nullable String latitude;
    private @Nullable String longitude;
    private @Nullable String radius;
    private @Nullable String geoJson;
    private @Nullable String validFrom;
    private @Nullable String validUntil;

    ZoneDraft draft() {
        return new ZoneDraft(kind(), geoJsonOrCircle(), time(validFrom), time(validUntil));
    }

    private @Nullable ZoneKind kind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ZoneKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable String geoJsonOrCircle() {
        if (geoJson != null && !geoJson.isBlank()) {
            return geoJson;
        }
        if (blank(latitude) || blank(longitude)) {
            return null;
        }
        // the geo kernel checks the numbers and the radius, and says what is wrong with them
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + number(longitude) + ","
                + number(latitude) + "]},\"properties\":{\"radius\":" + (blank(radius) ? "0" : number(radius)) + "}}";
    }

    private static String number(@Nullable String text) {
        String value = text == null ? "" : text.strip().replace(',', '.');
        try {
            return Double.toString(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            // a quoted string reaches the geo kernel, which names the position it cannot read
            return "\"" + value.replace("\\", "").replace("\"", "") + "\"";
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static @Nullable Instant time(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable String latitude) {
        this.latitude = latitude;
    }

    public @Nullable String getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable String longitude) {
        this.longitude = longitude;
    }

    public @Nullable String getRadius() {
        return radius;
    }

    public void setRadius(@Nullable String radius) {
        this.radius = radius;
    }

    public @Nullable String getGeoJson() {
        return geoJson;
    }

    public void setGeoJson(@Nullable String geoJson) {
        this.geoJson = geoJson;
    }

    public @Nullable String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable String validFrom) {
        this.validFrom = validFrom;
    }

    public @Nullable String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(@Nullable String validUntil) {
        this.validUntil = validUntil;
    }
}
