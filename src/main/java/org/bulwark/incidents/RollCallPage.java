package org.bulwark.incidents;

import java.util.List;

/** One page of the affected sites of an incident with their answers, and how many match in all. */
public record RollCallPage(List<SiteRollCall> sites, long total, int page, int size) {

    public RollCallPage {
        sites = List.copyOf(sites);
    }
}
