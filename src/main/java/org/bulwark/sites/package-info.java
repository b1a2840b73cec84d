/**
 * The soft targets the network protects: location, sector, capacity, operator and regulatory tier.
 */
@ApplicationModule(displayName = "Sites")
@NullMarked
package org.bulwark.sites;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
