/** Tells people: in-app notifications and e-mail, delivered after the caller's commit and retried on failure. */
@ApplicationModule(displayName = "Notify")
@NullMarked
package org.bulwark.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
