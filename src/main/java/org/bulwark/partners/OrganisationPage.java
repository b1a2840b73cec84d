package org.bulwark.partners;

import java.util.List;

/**
 * One page of a directory search.
 *
 * @param number zero-based page number
 * @param size the largest number of items on a page
 * @param total how many organisations match the search in all
 */
public record OrganisationPage(List<Organisation> items, int number, int size, long total) {

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    /** One-based position of the first item, zero when the page is empty. */
    public long firstItem() {
        return items.isEmpty() ? 0 : (long) number * size + 1;
    }

    public long lastItem() {
        return (long) number * size + items.size();
    }
}
