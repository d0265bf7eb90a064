package org.tarikh.bot;

import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The pause between getUpdates tries after a failure: from half a second, growing by half each time to at most
 * {@value #LONGEST_MILLIS} ms (TelegramBots' own grows to 15 minutes), a little random so that replicas do not
 * retry together, and back to the start with the first answer. So the first reply after an outage of any length
 * comes within a poll or two of the Bot API's return.
 */
final class PollingBackOff implements BackOff {
    static final long FIRST_MILLIS = 500;
    static final long LONGEST_MILLIS = 30_000;

    private long next = FIRST_MILLIS;

    @Override
    public synchronized void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long pause = next;
        next = Math.min(LONGEST_MILLIS, next * 3 / 2);
        return Math.min(LONGEST_MILLIS, pause + ThreadLocalRandom.current().nextLong(pause / 10 + 1));
    }
}
