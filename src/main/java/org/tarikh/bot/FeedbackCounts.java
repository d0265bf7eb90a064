package org.tarikh.bot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** 👍 and 👎 taps per claim, since the bot started. */
final class FeedbackCounts {
    private final Map<String, AtomicIntegerArray> counts = new ConcurrentHashMap<>();

    void add(String claimId, boolean helpful) {
        counts.computeIfAbsent(claimId, id -> new AtomicIntegerArray(2)).incrementAndGet(helpful ? 0 : 1);
    }

    int helpful(String claimId) {
        AtomicIntegerArray count = counts.get(claimId);
        return count == null ? 0 : count.get(0);
    }

    int unhelpful(String claimId) {
        AtomicIntegerArray count = counts.get(claimId);
        return count == null ? 0 : count.get(1);
    }
}
