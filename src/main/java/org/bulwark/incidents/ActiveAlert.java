package org.bulwark.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert of the last day about sites of the reader's organisation, as the banner over every page shows it.
 *
 * @param sites the reader's organisation's sites it concerns, by name
 * @param moreSites how many more sites it concerns beyond those listed
 */
public record ActiveAlert(
        UUID alert,
        UUID incident,
        String title,
        String text,
        String place,
        Instant sentAt,
        List<Site> sites,
        int moreSites) {

    public ActiveAlert {
        sites = List.copyOf(sites);
    }

    /** A site concerned. */
    public record Site(UUID id, String name) {}
}
