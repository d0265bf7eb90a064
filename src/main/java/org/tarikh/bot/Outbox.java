package org.tarikh.bot;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.store.Store.Reservation;

/**
 * Every message the bot sends waits here for its turn within {@link SendLimits}: queued rather than dropped,
 * taken from the chats in turn so that one busy chat does not hold up the others, and all held back for the
 * {@code retry_after} of a 429. A message that failed for a passing reason goes back to the head of its chat's
 * queue and waits a growing pause (at most {@value #LONGEST_RETRY_SECONDS} s) while the other chats are served.
 * A few threads send, since one Bot API call takes a while. Replicas sharing a database keep the limits for the
 * bot as a whole through a {@link SharedLimits}: each send is first reserved there.
 */
final class Outbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int SENDERS = 8;
    /** Sends are spaced this much wider than the limits, for the jitter between here and Telegram. */
    static final long MARGIN_MILLIS = 10;
    private static final long MARGIN = TimeUnit.MILLISECONDS.toNanos(MARGIN_MILLIS);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1) + MARGIN;
    /** Past this many chats, those whose limits no longer hold anything back are forgotten. */
    private static final int MAX_REMEMBERED_CHATS = 10_000;
    private static final long FIRST_RETRY = TimeUnit.MILLISECONDS.toNanos(250);
    static final long LONGEST_RETRY_SECONDS = 30;
    /** A 429 without a retry_after still holds everything back this long. */
    static final long DEFAULT_PAUSE_SECONDS = 3;

    /** One try at sending a message, and what came of it. */
    interface Attempt {
        Outcome run();
    }

    /** What a try gave: done (sent, or refused for good), to try again later, or a 429 and its retry_after. */
    record Outcome(Kind kind, long retryAfterSeconds) {
        enum Kind { DONE, RETRY, TOO_MANY_REQUESTS }

        static final Outcome DONE = new Outcome(Kind.DONE, 0);
        static final Outcome RETRY = new Outcome(Kind.RETRY, 0);

        static Outcome tooManyRequests(long retryAfterSeconds) {
            return new Outcome(Kind.TOO_MANY_REQUESTS, retryAfterSeconds);
        }
    }

    /**
     * Telegram's limits kept across replicas: a send is reserved before it is made, and told when Telegram answered.
     */
    interface SharedLimits {
        /** A send to the chat, reserved; or refused, with how long to wait and whether the whole bot must. */
        Reservation reserve(long chatId) throws SQLException;

        void answered(Reservation reservation) throws SQLException;
    }

    private final SendLimits limits;
    private final SharedLimits shared;
    /** Messages queued or being sent, per chat. */
    private final Map<Long, Integer> pendingByChat = new HashMap<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> new Thread(r, "tarikh-sender"));
    private final Thread dispatcher = new Thread(this::dispatch, "tarikh-outbox");
    /** Chats with messages waiting, in the order they are served; each chat's messages in their order. */
    private final Map<Long, Deque<Attempt>> waiting = new LinkedHashMap<>();
    private final Map<Long, Long> chatFreeAt = new HashMap<>();
    /** The pause before a chat's next try, growing while its sends keep failing. */
    private final Map<Long, Long> retryPause = new HashMap<>();
    /** Chats with a message being sent: their next waits, so a chat's messages arrive in order. */
    private final Set<Long> sending = new HashSet<>();
    private final Map<Long, Deque<Long>> groupSends = new HashMap<>();
    /** When the sends of the last second were answered; a send under way counts too (see {@link #sending}). */
    private final Deque<Long> recentSends = new ArrayDeque<>();
    private long pausedUntil;
    private int pending;
    private boolean closing;

    Outbox(SendLimits limits) {
        this(limits, null);
    }

    /** With {@code shared} limits, those hold for the bot as a whole and {@code limits} only add to them. */
    Outbox(SendLimits limits, SharedLimits shared) {
        this.limits = limits;
        this.shared = shared;
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    /** Queues a message to {@code chatId}; negative chat ids are groups. False when stopping: not sent now. */
    synchronized boolean submit(long chatId, Attempt attempt) {
        if (closing) {
            return false;
        }
        waiting.computeIfAbsent(chatId, id -> new ArrayDeque<>()).add(attempt);
        pending++;
        pendingByChat.merge(chatId, 1, Integer::sum);
        notifyAll();
        return true;
    }

    /** Holds every message back for a while: the Bot API answered 429 with this {@code retry_after}. */
    synchronized void pause(long seconds) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
    }

    /** A message on its way: the chat it goes to and how to send it. */
    private record Dispatch(long chatId, Attempt attempt) {
    }

    private void dispatch() {
        try {
            while (true) {
                Dispatch next = takeNext();
                Reservation reservation = reserve(next);
                if (reservation == null) {
                    continue;
                }
                senders.execute(() -> {
                    Outcome outcome = Outcome.RETRY;
                    try {
                        outcome = next.attempt().run();
                    } catch (RuntimeException e) {
                        log.error("sending a message failed unexpectedly, will try again: {}", e.toString());
                    } finally {
                        answered(reservation);
                        done(next, outcome);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Reservation LOCAL = new Reservation(0, 0, false);

    /**
     * Reserves the send in the shared limits, if any; null when they refuse it for now: the message is back at the
     * head of its chat's queue, and its chat (or every chat) waits as long as they say.
     */
    private Reservation reserve(Dispatch dispatch) {
        if (shared == null) {
            return LOCAL;
        }
        Reservation reservation;
        try {
            reservation = shared.reserve(dispatch.chatId());
        } catch (SQLException | RuntimeException e) {
            log.warn("the shared sending limits cannot be read, the outbox waits a second: {}", e.toString());
            reservation = new Reservation(0, 1000, true);
        }
        if (reservation.granted()) {
            return reservation;
        }
        synchronized (this) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(reservation.waitMillis());
            sending.remove(dispatch.chatId());
            if (reservation.wholeBot()) {
                pausedUntil = Math.max(pausedUntil, until);
            } else {
                chatFreeAt.merge(dispatch.chatId(), until, Math::max);
            }
            again(dispatch);
            notifyAll();
        }
        return null;
    }

    private void answered(Reservation reservation) {
        if (shared != null) {
            try {
                shared.answered(reservation);
            } catch (SQLException | RuntimeException e) {
                log.warn("a send could not be counted in the shared limits: {}", e.toString());
            }
        }
    }

    /** Waits for the first chat in turn whose limits allow a message now, and takes its next message. */
    private synchronized Dispatch takeNext() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            long wakeAt = Math.max(pausedUntil, globalFreeAt());
            if (wakeAt <= now) {
                for (Iterator<Map.Entry<Long, Deque<Attempt>>> chats = waiting.entrySet().iterator(); chats.hasNext(); ) {
                    Map.Entry<Long, Deque<Attempt>> chat = chats.next();
                    if (sending.contains(chat.getKey())) {
                        continue; // woken again when that send is done
                    }
                    long freeAt = chatFreeAt(chat.getKey());
                    if (freeAt <= now) {
                        Attempt attempt = chat.getValue().poll();
                        chats.remove(); // served: it goes to the back of the turn
                        if (!chat.getValue().isEmpty()) {
                            waiting.put(chat.getKey(), chat.getValue());
                        }
                        recordSend(chat.getKey(), now);
                        return new Dispatch(chat.getKey(), attempt);
                    }
                    wakeAt = wakeAt <= now ? freeAt : Math.min(wakeAt, freeAt);
                }
                if (wakeAt <= now) {
                    wakeAt = Long.MAX_VALUE; // nothing waiting, or only chats with a send under way
                }
            }
            long waitNanos = wakeAt == Long.MAX_VALUE ? 0 : Math.max(1, wakeAt - now);
            TimeUnit.NANOSECONDS.timedWait(this, waitNanos == 0 ? Long.MAX_VALUE : waitNanos);
        }
    }

    /**
     * When the next send fits in the limit of sends a second. Counting answered sends from their answer, and
     * sends under way as just made, keeps the limit however long each request took to reach Telegram.
     */
    private long globalFreeAt() {
        while (!recentSends.isEmpty() && recentSends.peekFirst() <= System.nanoTime() - SECOND) {
            recentSends.pollFirst();
        }
        if (recentSends.size() + sending.size() < limits.perSecond()) {
            return 0;
        }
        return recentSends.isEmpty() ? Long.MAX_VALUE : recentSends.peekFirst() + SECOND;
    }

    private long chatFreeAt(long chatId) {
        long free = chatFreeAt.getOrDefault(chatId, 0L);
        Deque<Long> sends = groupSends.get(chatId);
        if (sends != null) {
            long window = limits.groupWindow().toNanos() + MARGIN;
            while (!sends.isEmpty() && sends.peekFirst() <= System.nanoTime() - window) {
                sends.pollFirst();
            }
            if (sends.size() >= limits.perGroup()) {
                free = Math.max(free, sends.peekFirst() + window);
            }
        }
        return free;
    }

    private void recordSend(long chatId, long now) {
        sending.add(chatId);
        if (chatFreeAt.size() > MAX_REMEMBERED_CHATS) {
            chatFreeAt.values().removeIf(freeAt -> freeAt <= now);
            groupSends.values().removeIf(sends -> sends.isEmpty() || sends.peekLast() <= now - limits.groupWindow().toNanos());
        }
        chatFreeAt.put(chatId, now + (limits.chatInterval().isZero() ? 0 : limits.chatInterval().toNanos() + MARGIN));
        if (chatId < 0 && limits.perGroup() != Integer.MAX_VALUE) {
            groupSends.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addLast(now);
        }
    }

    /** A send finished; one to try again goes back to the front of its chat's queue. */
    private synchronized void done(Dispatch dispatch, Outcome outcome) {
        long now = System.nanoTime();
        sending.remove(dispatch.chatId());
        if (limits.perSecond() != Integer.MAX_VALUE) {
            recentSends.addLast(now);
        }
        if (!limits.chatInterval().isZero()) {
            // Counted from the answer too: the request may have reached Telegram later than it left.
            chatFreeAt.merge(dispatch.chatId(), now + limits.chatInterval().toNanos() + MARGIN, Math::max);
        }
        switch (outcome.kind()) {
            case DONE -> {
                pending--;
                pendingByChat.computeIfPresent(dispatch.chatId(), (chat, n) -> n == 1 ? null : n - 1);
                retryPause.remove(dispatch.chatId());
            }
            case TOO_MANY_REQUESTS -> {
                pause(outcome.retryAfterSeconds() > 0 ? outcome.retryAfterSeconds() : DEFAULT_PAUSE_SECONDS);
                again(dispatch);
            }
            case RETRY -> {
                long pause = retryPause.merge(dispatch.chatId(), FIRST_RETRY,
                        (before, first) -> Math.min(before * 2, TimeUnit.SECONDS.toNanos(LONGEST_RETRY_SECONDS)));
                chatFreeAt.merge(dispatch.chatId(), now + pause, Math::max);
                again(dispatch);
            }
        }
        notifyAll();
    }

    /** Puts a message back at the head of its chat's queue, and the chat at the head of the turn. */
    private void again(Dispatch dispatch) {
        Deque<Attempt> queue = waiting.remove(dispatch.chatId());
        Deque<Attempt> again = new ArrayDeque<>();
        again.add(dispatch.attempt());
        if (queue != null) {
            again.addAll(queue);
        }
        Map<Long, Deque<Attempt>> rest = new LinkedHashMap<>(waiting);
        waiting.clear();
        waiting.put(dispatch.chatId(), again);
        waiting.putAll(rest);
    }

    /**
     * Stops taking messages and sends what the limits allow for up to {@code timeout}; a send under way is let
     * finish, so that its answer is known. Returns whether everything was sent.
     */
    boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (this) {
            closing = true;
            while (pending > 0 && System.nanoTime() < deadline) {
                TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
            }
            waiting.clear(); // what is left stays owed in the store, for the next start or another replica
            pendingByChat.clear();
            long grace = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (!sending.isEmpty() && System.nanoTime() < grace) {
                TimeUnit.NANOSECONDS.timedWait(this, grace - System.nanoTime());
            }
            return pending == 0;
        }
    }

    /** Messages queued or being sent. */
    synchronized int pending() {
        return pending;
    }

    /** Messages to {@code chatId} queued or being sent. */
    synchronized int pending(long chatId) {
        return pendingByChat.getOrDefault(chatId, 0);
    }

    @Override
    public void close() {
        dispatcher.interrupt();
        senders.shutdownNow();
    }
}
