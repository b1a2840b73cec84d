/**
 * The deterministic demo network of a fictional city, loaded by the demo profile and scaled up for benchmarks.
 */
@ApplicationModule(displayName = "Demo network")
@NullMarked
package org.bulwark.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
