package org.bulwark.sharing;

import java.time.Instant;

/**
 * An entry of the indicator catalogue was created or changed: its text, marking, audience or whether it is active.
 *
 * @param code the entry's code
 * @param at when it changed
 */
public record IndicatorCatalogueChanged(String code, Instant at) {}
