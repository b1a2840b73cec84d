package org.bulwark.sharing;

import java.util.List;

/**
 * One page of bulletins, newest first. It does not say how many match in all: counting them would read every
 * bulletin the reader may read; {@link Bulletins#count} does that where it is wanted.
 *
 * @param hasNext whether another page follows
 */
public record BulletinPage(List<BulletinSummary> items, int page, int size, boolean hasNext) {

    /** The most bulletins {@link Bulletins#count} counts. */
    public static final int COUNTED = 1000;
}
