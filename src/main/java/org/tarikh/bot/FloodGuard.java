package org.tarikh.bot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one user from flooding the bot: past {@value #PER_MINUTE} questions in a minute the user gets one
 * notice, then is ignored for a minute.
 */
final class FloodGuard {
    static final int PER_MINUTE = 20;
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final int MAX_REMEMBERED_USERS = 10_000;

    enum Verdict { ANSWER, NOTICE, IGNORE }

    private final Map<Long, Deque<Long>> recent = new HashMap<>();
    private final Map<Long, Long> mutedUntil = new HashMap<>();

    synchronized Verdict check(long userId, long now) {
        Long muted = mutedUntil.get(userId);
        if (muted != null && now < muted) {
            return Verdict.IGNORE;
        }
        mutedUntil.remove(userId);
        if (recent.size() > MAX_REMEMBERED_USERS) {
            recent.values().removeIf(times -> times.peekLast() <= now - MINUTE);
        }
        Deque<Long> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
            times.pollFirst();
        }
        if (times.size() >= PER_MINUTE) {
            times.clear();
            mutedUntil.put(userId, now + MINUTE);
            return Verdict.NOTICE;
        }
        times.addLast(now);
        return Verdict.ANSWER;
    }
}
