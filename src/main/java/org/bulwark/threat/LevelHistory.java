package org.bulwark.threat;

import java.util.List;

/**
 * One page of level changes, newest first.
 *
 * @param changes the changes of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many changes match in all
 */
public record LevelHistory(List<ScopeLevel> changes, int page, int size, long total) {

    public LevelHistory {
        changes = List.copyOf(changes);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
