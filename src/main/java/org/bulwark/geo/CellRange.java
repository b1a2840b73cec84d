package org.bulwark.geo;

/**
 * A closed interval of 64-bit H3 indexes. Every resolution-10 cell that descends from one coarser cell lies in one
 * such interval (see {@link GeoCells#rangeOf(long)}), so one indexed column answers lookups at every resolution.
 *
 * @param first the smallest index in the range
 * @param last the largest index in the range, not smaller than {@code first}
 */
public record CellRange(long first, long last) {

    public CellRange {
        if (first > last) {
            throw new IllegalArgumentException(
                    "a cell range must not end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** Whether the index lies in this range, bounds included. */
    public boolean contains(long cell) {
        return cell >= first && cell <= last;
    }
}
