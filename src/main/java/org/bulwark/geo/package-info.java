/**
 * Shared geographic kernel without state: points, circle and polygon zones, H3 cells and GeoJSON.
 */
@ApplicationModule(displayName = "Geo kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.bulwark.geo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
