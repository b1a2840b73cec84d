package org.bulwark.notify.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Identifiers of deliveries and their contents in the layout of RFC 9562 version 7: the millisecond they were made,
 * then 74 random bits. Rows made together sort together, so that a large alert's rows extend the primary key's
 * index at its end instead of touching pages all over it.
 */
final class DeliveryIds {

    private DeliveryIds() {}

    static UUID next() {
        return at(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    static UUID at(long epochMillis, RandomGenerator random) {
        long most = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.nextLong() & 0x0FFFL);
        long least = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }
}
