package org.bulwark.sites;

/**
 * How every map of sites is drawn: its tile server and its starting view, from the {@code bulwark.sites.map}
 * settings.
 *
 * @param tileUrl a Leaflet tile URL template; empty shows sites on a plain background
 * @param tileAttribution the attribution the tile server requires
 * @param centerLatitude where a map opens before it fits its markers
 * @param centerLongitude where a map opens before it fits its markers
 * @param zoom the zoom a map opens at
 */
public record MapView(
        String tileUrl, String tileAttribution, double centerLatitude, double centerLongitude, int zoom) {}
