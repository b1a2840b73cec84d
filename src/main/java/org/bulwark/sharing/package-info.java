/**
 * Information shared across the partnership: bulletins marked with TLP for an audience, their acknowledgements,
 * and the catalogue of suspicious-activity indicators.
 */
@ApplicationModule(displayName = "Sharing")
@NullMarked
package org.bulwark.sharing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
