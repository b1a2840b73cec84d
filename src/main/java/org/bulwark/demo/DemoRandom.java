package org.bulwark.demo;

import java.util.List;

/**
 * SplitMix64 with every derived draw written out here, so the demo city is the same on every JVM version and
 * CPU: {@link java.util.SplittableRandom}'s derived methods are not part of its contract, and {@code Math}'s
 * transcendental functions may differ in the last bit between platforms, hence {@code StrictMath}.
 */
final class DemoRandom {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    DemoRandom(long seed) {
        this.state = seed;
    }

    /** An independent generator for item {@code index} of a stream, so that any item can be made on its own. */
    static DemoRandom forItem(long seed, long stream, long index) {
        return new DemoRandom(mix(seed ^ mix(stream * GOLDEN_GAMMA + index)));
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound); bound must be positive. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        // rejection of the biased top range keeps the draw exactly uniform
        long limit = (1L << 31) - ((1L << 31) % bound);
        long bits;
        do {
            bits = nextLong() >>> 33;
        } while (bits >= limit);
        return (int) (bits % bound);
    }

    /** Uniform in [from, to], both inclusive. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal draw (Box-Muller). */
    double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** Index drawn with the given non-negative weights, at least one of them positive. */
    int pickWeighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("at least one weight must be positive");
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
