/**
 * Open standards for exchanging with other systems: Common Alerting Protocol 1.2 messages and their Atom index feed,
 * written from plain values so that the modules owning the data need not know the formats.
 */
@ApplicationModule(displayName = "Interoperability")
@NullMarked
package org.bulwark.interop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
