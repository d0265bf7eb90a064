package org.tarikh.bot;

import java.time.Duration;

/**
 * How fast the bot may send messages: at most {@code perSecond} in all, one per {@code chatInterval} in a
 * chat, and {@code perGroup} in a group within any {@code groupWindow}. {@link #TELEGRAM} are Telegram's
 * limits; {@link #NONE} lifts them, for benchmarks against a local server.
 */
public record SendLimits(int perSecond, Duration chatInterval, int perGroup, Duration groupWindow) {
    public static final SendLimits TELEGRAM = new SendLimits(30, Duration.ofSeconds(1), 20, Duration.ofMinutes(1));
    public static final SendLimits NONE = new SendLimits(Integer.MAX_VALUE, Duration.ZERO, Integer.MAX_VALUE, Duration.ZERO);
}
