package org.bulwark.reporting.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Settings of the correlation of suspicious-activity reports.
 *
 * @param keyCap the most reports one plate, number or handle may be found in and still link them; past it the key
 *     is too common to mean anything and links nothing. Also the most links a new report gets from its place and
 *     from its sector pattern, the closest first.
 * @param placeWindow how far apart in time, either way, reports sharing a key or a place are linked
 * @param patternWindow how far apart in time, either way, reports of one behaviour category at different sites of a
 *     sector are linked
 * @param radiusMetres how close two reported positions must be to be linked
 * @param countryCode the country calling code of numbers written with the national trunk prefix 0
 * @param graphNodes the most reports one link graph shows
 * @param timeZone the zone in which the links' times are shown
 */
@ConfigurationProperties("bulwark.reporting.correlation")
public record CorrelationSettings(
        @DefaultValue("50") int keyCap,
        @DefaultValue("P14D") Duration placeWindow,
        @DefaultValue("P7D") Duration patternWindow,
        @DefaultValue("500") double radiusMetres,
        @DefaultValue("44") String countryCode,
        @DefaultValue("40") int graphNodes,
        @DefaultValue("Europe/London") ZoneId timeZone) {

    public CorrelationSettings {
        Assert.isTrue(keyCap >= 1, "the key cap must be at least 1");
        Assert.isTrue(
                placeWindow != null && !placeWindow.isNegative() && placeWindow.toDays() <= 366,
                "the place window must be between 0 and 366 days");
        Assert.isTrue(
                patternWindow != null && !patternWindow.isNegative() && patternWindow.toDays() <= 366,
                "the pattern window must be between 0 and 366 days");
        Assert.isTrue(radiusMetres > 0 && radiusMetres <= 5_000, "the radius must be between 0 and 5,000 m");
        Assert.isTrue(graphNodes >= 2, "a graph must show at least two reports");
        Assert.notNull(timeZone, "timeZone must not be null");
    }

    /** The defaults, as documented above. */
    public static CorrelationSettings defaults() {
        return new CorrelationSettings(
                50, Duration.ofDays(14), Duration.ofDays(7), 500, "44", 40, ZoneId.of("Europe/London"));
    }
}
