package org.tarikh.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.store.Store;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates long polling or a webhook brings, keeps each in the {@link Store} (before it is confirmed to
 * Telegram), and hands them to their handlers on one of a few worker lanes, chosen by chat, so that a chat's updates
 * keep their order while chats are served in parallel. An update seen before (Telegram may deliver one twice, and to
 * any replica) is skipped; a failing update is logged and never stops the bot.
 *
 * <p>Several replicas may share one store. A chat is then handled by one of them at a time: the one holding the
 * chat's lease in the store, which handles the chat's updates in order and sends its replies. A replica renews its
 * leases every second and gives back those of chats it has nothing left for; the lease of a replica that died runs
 * out after {@link #LEASE}, and whichever replica looks next takes the chat over, with its updates not yet handled
 * and its replies still owed. Each replica looks for such work every {@link #LOOK_EVERY}; a single process finds
 * the same way, at its start, what it left at its last stop.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {
    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
    private static final int LANES = 8;
    static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(1);
    static final Duration LOOK_EVERY = Duration.ofMillis(250);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageHandler messages;
    private final CallbackHandler callbacks;
    private final MembershipHandler memberships;
    private final InlineHandler inline;
    private final Store store;
    private final Sender sender;
    /** This process, as the owner of its leases: new at each start, so a restarted replica never mistakes old ones. */
    private final String replica = UUID.randomUUID().toString();
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "tarikh-leases");
        thread.setDaemon(true);
        return thread;
    });
    /** Chats with a turn on their lane still to come. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    /** Chats whose lease this replica holds. */
    private final Set<Long> leased = ConcurrentHashMap.newKeySet();
    /** Updates being handled, and their chats. */
    private final Map<Integer, Long> inHand = new ConcurrentHashMap<>();

    UpdateRouter(MessageHandler messages, CallbackHandler callbacks, MembershipHandler memberships,
            InlineHandler inline, Store store, Sender sender) {
        this.store = store;
        this.sender = sender;
        this.messages = messages;
        this.callbacks = callbacks;
        this.memberships = memberships;
        this.inline = inline;
        for (int i = 0; i < LANES; i++) {
            int lane = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> new Thread(r, "tarikh-lane-" + lane));
        }
    }

    /**
     * Starts keeping leases and looking for work: first of all what was left at the last stop. An embedded store has
     * one process, so every lease in it is stale; a shared one keeps the other replicas'.
     */
    void start() {
        try {
            store.releaseLeases(store.shared() ? replica : null);
        } catch (SQLException e) {
            log.warn("could not clear the leases of the last stop: {}", e.toString());
        }
        leases.scheduleWithFixedDelay(this::lookForWork, 0, LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        leases.scheduleWithFixedDelay(this::keepLeases, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** This process's name as the owner of its leases, for the logs. */
    String replica() {
        return replica;
    }

    /** Long polling: each update is kept before this returns, that is before the next getUpdates confirms it. */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                if (!take(update)) {
                    // Not kept: handled anyway, here, but lost if the bot stops now.
                    lane(chatOf(update)).execute(() -> handle(update));
                }
            } catch (RuntimeException e) {
                log.error("update {} could not be taken, skipped: {}", update.getUpdateId(), e.toString());
            }
        }
    }

    /**
     * Keeps an update in the store and gives its chat a turn; true when it is kept (or was before), false when the
     * store could not keep it — a webhook then answers an error, and Telegram delivers it again.
     */
    boolean take(Update update) {
        if (update.getUpdateId() == null) {
            log.warn("skipped an update without update_id");
            return true;
        }
        long chat = chatOf(update);
        try {
            if (store.receive(update.getUpdateId(), chat, JSON.writeValueAsString(update), Instant.now())) {
                schedule(chat);
            } else {
                log.debug("skipped update {}, delivered twice", update.getUpdateId());
            }
            return true;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("update {} could not be kept in the store: {}", update.getUpdateId(), e.toString());
            return false;
        }
    }

    private ExecutorService lane(long chat) {
        return lanes[Math.floorMod(Long.hashCode(chat), LANES)];
    }

    private void schedule(long chat) {
        if (queued.add(chat)) {
            try {
                lane(chat).execute(() -> {
                    queued.remove(chat); // an update taken from now on gives the chat another turn
                    turn(chat);
                });
            } catch (RejectedExecutionException e) {
                queued.remove(chat);
                log.debug("a chat's turn came while stopping; its updates stay kept for the next start");
            }
        }
    }

    /**
     * A chat's turn: with its lease held (or taken), its replies still owed go first if the chat was taken over, then
     * its updates not handled yet, in order. Without the lease another replica has the chat, and handles them.
     */
    private void turn(long chat) {
        try {
            boolean takenOver = !leased.contains(chat);
            if (!store.leaseChat(chat, replica, Instant.now(), LEASE)) {
                leased.remove(chat);
                return;
            }
            leased.add(chat);
            if (takenOver) {
                sender.resume(store.owedTo(chat));
            }
            for (String payload : store.unhandled(chat)) {
                Update update = readUpdate(payload);
                if (update != null && inHand.putIfAbsent(update.getUpdateId(), chat) == null) {
                    handle(update);
                }
            }
        } catch (SQLException e) {
            log.warn("a chat's updates could not be read from the store; tried again shortly: {}", e.toString());
        }
    }

    private static Update readUpdate(String payload) {
        try {
            return JSON.readValue(payload, Update.class);
        } catch (java.io.IOException e) {
            log.warn("a kept update cannot be read, skipped");
            return null;
        }
    }

    /** Gives a turn to every chat with work this replica may take: its own, free ones, and those of a dead replica. */
    private void lookForWork() {
        try {
            for (long chat : store.chatsWithWork(replica, Instant.now())) {
                if (!(leased.contains(chat) && inHand.containsValue(chat))) {
                    schedule(chat);
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not look for work in the store: {}", e.toString());
        }
    }

    /** Renews this replica's leases, and gives back those of chats it has nothing left to do or send for. */
    private void keepLeases() {
        try {
            store.renewLeases(replica, Instant.now(), LEASE);
            for (long chat : leased) {
                if (!queued.contains(chat) && !inHand.containsValue(chat) && sender.pending(chat) == 0
                        && store.releaseChat(chat, replica)) {
                    leased.remove(chat);
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not renew the chats' leases: {}", e.toString());
        }
    }

    /** Stops taking updates and waits for the ones in hand to be handled. */
    boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
        leases.shutdownNow();
        leases.awaitTermination(1, TimeUnit.SECONDS);
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        boolean drained = true;
        for (ExecutorService lane : lanes) {
            drained &= lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
        return drained;
    }

    /** Gives back every lease, once nothing more is sent from here: other replicas take the chats at once. */
    void releaseLeases() {
        try {
            store.releaseLeases(replica);
        } catch (SQLException e) {
            log.warn("could not give back the chats' leases; they run out in {} s: {}", LEASE.toSeconds(), e.toString());
        }
    }

    private void handle(Update update) {
        Handling handling = new Handling(update.getUpdateId(), store, () -> inHand.remove(update.getUpdateId()));
        try {
            if (update.hasMessage()) {
                messages.handle(update.getMessage(), handling);
            } else if (update.hasCallbackQuery()) {
                callbacks.handle(update.getCallbackQuery(), handling);
            } else if (update.hasInlineQuery()) {
                inline.handle(update.getInlineQuery());
            } else if (update.hasMyChatMember()) {
                memberships.handle(update.getMyChatMember(), handling);
            } else if (update.hasEditedMessage()) {
                log.debug("ignored an edited message (update {})", update.getUpdateId());
            } else {
                log.debug("ignored update {} of a kind the bot does not handle", update.getUpdateId());
            }
        } catch (RuntimeException e) {
            log.error("update {} failed: {}", update.getUpdateId(), e.toString());
        } finally {
            handling.release();
        }
    }

    private static long chatOf(Update update) {
        if (update.hasMessage() && update.getMessage().getChat() != null) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getFrom().getId();
        }
        if (update.hasInlineQuery()) {
            return update.getInlineQuery().getFrom().getId();
        }
        if (update.hasMyChatMember()) {
            return update.getMyChatMember().getChat().getId();
        }
        return update.getUpdateId();
    }
}
