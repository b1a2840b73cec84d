package org.bulwark.sites.internal;

import org.bulwark.sites.MapView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Offers the map settings to every module that draws sites on a map. */
@Configuration(proxyBeanMethods = false)
class MapViewConfiguration {

    @Bean
    MapView mapView(SitesSettings settings) {
        SitesSettings.Map map = settings.map();
        return new MapView(
                map.tileUrl(), map.tileAttribution(), map.centerLatitude(), map.centerLongitude(), map.zoom());
    }
}
