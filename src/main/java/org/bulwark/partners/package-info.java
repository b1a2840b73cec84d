/**
 * The partnership itself: organisations, their members, the sector catalogue and the partner directory.
 */
@ApplicationModule(displayName = "Partners")
@NullMarked
package org.bulwark.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
