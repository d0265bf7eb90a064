package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.store.Store;

/**
 * One update being handled. It is done — marked so in the store, its replies all owed — when the handler returns,
 * unless work was taken off the chat's lane ({@link #hold()}), in which case when that work ends too. An update not
 * done before a stop is handled again at the next start.
 */
final class Handling {
    private static final Logger log = LoggerFactory.getLogger(Handling.class);

    private final int updateId;
    private final Store store;
    private final Runnable whenDone;
    private final AtomicInteger holds = new AtomicInteger(1);

    /** {@code whenDone} runs once the update is marked handled. */
    Handling(int updateId, Store store, Runnable whenDone) {
        this.updateId = updateId;
        this.store = store;
        this.whenDone = whenDone;
    }

    int updateId() {
        return updateId;
    }

    /** Keeps the update from being done until {@link #release()} is called once more. */
    void hold() {
        holds.incrementAndGet();
    }

    void release() {
        if (holds.decrementAndGet() == 0) {
            try {
                store.handled(updateId, Instant.now());
            } catch (SQLException e) {
                log.warn("could not mark update {} handled: {}", updateId, e.toString());
            }
            whenDone.run();
        }
    }
}
