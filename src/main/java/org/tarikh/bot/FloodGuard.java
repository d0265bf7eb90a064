package org.tarikh.bot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps anyone from making the bot flood a chat: past {@code perMinute} replies in a minute for one key (a reader
 * in a chat, or a whole group) the next gets one notice, then the key is ignored for a minute.
 */
final class FloodGuard {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final int MAX_REMEMBERED = 10_000;

    enum Verdict { ANSWER, NOTICE, IGNORE }

    private final int perMinute;
    private final Map<String, Deque<Long>> recent = new HashMap<>();
    private final Map<String, Long> mutedUntil = new HashMap<>();

    FloodGuard(int perMinute) {
        this.perMinute = perMinute;
    }

    synchronized Verdict check(String key, long now) {
        Long muted = mutedUntil.get(key);
        if (muted != null && now < muted) {
            return Verdict.IGNORE;
        }
        mutedUntil.remove(key);
        if (recent.size() > MAX_REMEMBERED) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast() <= now - MINUTE);
        }
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            times.clear();
            mutedUntil.put(key, now + MINUTE);
            return Verdict.NOTICE;
        }
        times.addLast(now);
        return Verdict.ANSWER;
    }
}
