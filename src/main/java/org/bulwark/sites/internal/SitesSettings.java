package org.bulwark.sites.internal;

import java.util.List;
import org.bulwark.sites.UseType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site registry. The tier defaults are the UK Terrorism (Protection of Premises) Act 2025.
 *
 * @param tiers how capacity and use give a regulatory tier
 * @param map the map pages' background and starting view
 * @param imports limits of file imports
 */
@ConfigurationProperties("bulwark.sites")
public record SitesSettings(
        @DefaultValue Tiers tiers,
        @DefaultValue Map map,
        @DefaultValue Imports imports) {

    /**
     * @param standardFrom capacity from which a site is in scope at the standard tier
     * @param enhancedFrom capacity from which a site is at the enhanced tier
     * @param standardAtMost use types that are never above the standard tier, whatever their capacity
     */
    public record Tiers(
            @DefaultValue("200") int standardFrom,
            @DefaultValue("800") int enhancedFrom,

            @DefaultValue({"place-of-worship", "school", "childcare"})
            List<UseType> standardAtMost) {

        public Tiers {
            if (standardFrom < 1 || enhancedFrom <= standardFrom) {
                throw new IllegalArgumentException("bulwark.sites.tiers needs 0 < standard-from < enhanced-from, was "
                        + standardFrom + " and " + enhancedFrom);
            }
            standardAtMost = List.copyOf(standardAtMost);
        }
    }

    /**
     * @param tileUrl a Leaflet tile URL template; empty shows sites on a plain background
     * @param tileAttribution the attribution the tile server requires
     */
    public record Map(
            @DefaultValue("") String tileUrl,
            @DefaultValue("") String tileAttribution,
            @DefaultValue("51.5") double centerLatitude,
            @DefaultValue("-0.12") double centerLongitude,
            @DefaultValue("12") int zoom,
            @DefaultValue("20000") int maxMarkers) {}

    /**
     * @param batchSize rows per batched insert
     * @param reportedErrorsShown how many bad rows the report page lists before offering the full list as a file
     */
    public record Imports(
            @DefaultValue("1000") int batchSize,
            @DefaultValue("1000") int reportedErrorsShown) {}
}
