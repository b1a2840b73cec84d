package org.bulwark.sharing;

import java.util.List;

/**
 * One page of bulletins, newest first, and how many match in all.
 *
 * @param total how many match, counted up to {@value #COUNTED}
 * @param exact false when more than {@value #COUNTED} match, and {@code total} is that limit
 */
public record BulletinPage(List<BulletinSummary> items, int page, int size, long total, boolean exact) {

    /** The most bulletins a query counts. */
    public static final int COUNTED = 1000;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
