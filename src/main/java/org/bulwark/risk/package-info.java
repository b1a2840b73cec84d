/**
 * Site risk assessments: one scenario per attack method, rated for likelihood, vulnerability and consequence,
 * with the inherent and residual risk, proportionate recommended measures, review and immutable versions.
 */
@ApplicationModule(displayName = "Risk")
@NullMarked
package org.bulwark.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
