package org.bulwark.incidents.web;

import org.bulwark.incidents.SiteStatus;
import org.jspecify.annotations.Nullable;

/**
 * The symbol that goes with each answer wherever it is shown in colour, so that no one needs the colour to tell the
 * answers apart (WCAG 1.4.1). The map script draws the same symbols.
 */
final class StatusCues {

    private StatusCues() {}

    /** The symbol of an answer; null stands for no answer yet. */
    static String symbol(@Nullable SiteStatus status) {
        if (status == null) {
            return "?";
        }
        return switch (status) {
            case SAFE -> "\u2713";
            case SHELTERING -> "\u2302";
            case EVACUATING -> "\u2197";
            case NEEDS_HELP -> "!";
            case NOT_OCCUPIED -> "\u2013";
        };
    }
}
