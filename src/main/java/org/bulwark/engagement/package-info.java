/**
 * The public face of the network: alerts for the public and for partners, issued by coordinators as CAP 1.2
 * messages, listed on public pages and in an Atom feed, and served to partners over the API.
 */
@ApplicationModule(displayName = "Engagement")
@NullMarked
package org.bulwark.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
