/**
 * Suspicious-activity reports: intake from members, partner systems and the public, triage by analysts, and the
 * behaviour-only safeguards that go with them.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package org.bulwark.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
