package org.bulwark.notify.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Up to a fixed number of threads of one channel, each claiming and sending batches of due deliveries until none is
 * left. Waking them never blocks: a wake while every thread is busy makes one of them look again when it is done.
 */
final class ChannelWorkers {

    private static final Logger log = LoggerFactory.getLogger(ChannelWorkers.class);

    private final String name;
    private final int threads;
    private final int batch;
    private final IntSupplier sendBatch;
    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();

    /**
     * @param sendBatch claims one batch, sends it and records the outcome; returns how many it claimed
     */
    ChannelWorkers(String name, int threads, int batch, IntSupplier sendBatch) {
        this.name = name;
        this.threads = threads;
        this.batch = batch;
        this.sendBatch = sendBatch;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts one more thread, unless all of them run, in which case one of them looks again when done. */
    void wake() {
        again.set(true);
        int now = running.get();
        if (now >= threads || !running.compareAndSet(now, now + 1)) {
            return;
        }
        try {
            pool.execute(this::work);
        } catch (RejectedExecutionException e) {
            running.decrementAndGet();
        }
    }

    private void work() {
        try {
            int claimed;
            do {
                again.set(false);
                claimed = sendBatch.getAsInt();
                if (claimed >= batch) {
                    // more may be due than one thread gets through quickly: take a helper along
                    wake();
                }
            } while (claimed > 0 || again.get());
        } catch (RuntimeException e) {
            // the database is away, most likely: the next poll tries again
            log.warn("Sending {} deliveries stopped: {}", name, e.toString());
        } finally {
            running.decrementAndGet();
        }
    }

    void stop() {
        pool.shutdownNow();
    }
}
