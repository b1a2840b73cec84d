/**
 * How serious the terrorist threat is judged to be, by scope (national, region, sector), under a threat-level
 * scheme, and the protective measures graded by that level.
 */
@ApplicationModule(displayName = "Threat")
@NullMarked
package org.bulwark.threat;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
