package org.bulwark.sites.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bulwark.sites.Site;

/** One page of sites, with the names of their organisations. Pages count from 0. */
public record SitePage(List<Site> sites, Map<UUID, String> organisationNames, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** 1-based index of the first site shown, 0 when none. */
    public long firstShown() {
        return sites.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastShown() {
        return (long) page * size + sites.size();
    }
}
