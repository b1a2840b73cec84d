package org.bulwark.reporting.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per network address for the public doors: each report or addition takes a token, and tokens come
 * back steadily until the bucket is full again. Held in memory: a restart or another node forgets the buckets,
 * which only ever lets a little more through, never less.
 */
@Component
class AddressLimits {

    /** Beyond this many addresses, full buckets are forgotten: they hold nothing a new bucket would not. */
    private static final int FORGET_ABOVE = 10_000;

    private final PublicIntakeSettings settings;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    AddressLimits(PublicIntakeSettings settings) {
        this.settings = settings;
    }

    private record Bucket(double tokens, long at) {}

    /** Takes a token for this address; false when it has none left, and then nothing is taken. */
    boolean take(String address) {
        long now = System.nanoTime();
        boolean[] taken = {false};
        buckets.compute(address, (key, bucket) -> {
            double tokens = bucket == null ? settings.burst() : refilled(bucket, now);
            if (tokens >= 1) {
                taken[0] = true;
                return new Bucket(tokens - 1, now);
            }
            return new Bucket(tokens, now);
        });
        if (buckets.size() > FORGET_ABOVE) {
            buckets.entrySet().removeIf(entry -> refilled(entry.getValue(), now) >= settings.burst());
        }
        return taken[0];
    }

    /** Seconds until this address has a token again, at least one. */
    long secondsUntilNext() {
        double perToken = settings.refill().toSeconds() / (double) Math.max(1, settings.burst());
        return Math.max(1, (long) Math.ceil(perToken));
    }

    private double refilled(Bucket bucket, long now) {
        double perNano =
                settings.burst() / (double) Math.max(1, settings.refill().toNanos());
        return Math.min(settings.burst(), bucket.tokens() + (now - bucket.at()) * perNano);
    }
}
