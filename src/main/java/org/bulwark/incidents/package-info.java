/**
 * Incident co-ordination: incidents declared by coordinators, their zones on the map with a validity period, the
 * sites inside those zones, and the timeline of who changed what.
 */
@ApplicationModule(displayName = "Incidents")
@NullMarked
package org.bulwark.incidents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
