package org.bulwark.sharing;

import java.util.List;

/** One page of bulletins, newest first, and how many match in all. */
public record BulletinPage(List<BulletinSummary> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
