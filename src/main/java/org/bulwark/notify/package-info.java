/**
 * Tells people: in-app notifications, e-mail (at once or in a daily digest, as each person chooses) delivered after
 * the caller's commit and retried on failure, and live updates of open pages.
 */
@ApplicationModule(displayName = "Notify")
@NullMarked
package org.bulwark.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
