package org.tarikh.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.store.Store;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates long polling brings and hands each to its handler on one of a few worker lanes, chosen by
 * chat, so that one chat's updates keep their order while chats are served in parallel. Each update is kept in the
 * {@link Store} before {@link #consume} returns — that is, before the next getUpdates confirms it to Telegram — and
 * until it is handled, so an update taken just before a stop or a crash is handled at the next start
 * ({@link #resume}). An update seen before (Telegram may deliver one twice) is skipped; a failing update is logged
 * and never stops polling.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {
    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
    private static final int LANES = 8;
    private static final int REMEMBERED_UPDATES = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageHandler messages;
    private final CallbackHandler callbacks;
    private final MembershipHandler memberships;
    private final InlineHandler inline;
    private final Store store;
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final Map<Integer, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > REMEMBERED_UPDATES;
        }
    };

    UpdateRouter(MessageHandler messages, CallbackHandler callbacks, MembershipHandler memberships,
            InlineHandler inline, Store store) {
        this.store = store;
        this.messages = messages;
        this.callbacks = callbacks;
        this.memberships = memberships;
        this.inline = inline;
        for (int i = 0; i < LANES; i++) {
            int lane = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> new Thread(r, "tarikh-lane-" + lane));
        }
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                if (update.getUpdateId() == null) {
                    log.warn("skipped an update without update_id");
                } else if (firstDelivery(update)) {
                    dispatch(update);
                } else {
                    log.debug("skipped update {}, delivered twice", update.getUpdateId());
                }
            } catch (RuntimeException e) {
                log.error("update {} could not be taken, skipped: {}", update.getUpdateId(), e.toString());
            }
        }
    }

    /** Hands the updates taken but not handled before the last stop to their handlers, in order. */
    void resume() {
        try {
            List<String> unhandled = store.unhandled();
            for (String payload : unhandled) {
                try {
                    Update update = JSON.readValue(payload, Update.class);
                    remember(update.getUpdateId());
                    dispatch(update);
                } catch (java.io.IOException e) {
                    log.warn("an update kept from before the last stop cannot be read, skipped");
                }
            }
            if (!unhandled.isEmpty()) {
                log.info("{} updates taken before the last stop are being handled", unhandled.size());
            }
        } catch (SQLException e) {
            log.warn("could not read the updates kept from before the last stop: {}", e.toString());
        }
    }

    private void dispatch(Update update) {
        try {
            lanes[Math.floorMod(Long.hashCode(chatOf(update)), LANES)].execute(() -> handle(update));
        } catch (RejectedExecutionException e) {
            log.info("update {} arrived while stopping; it is kept for the next start", update.getUpdateId());
        }
    }

    /** Stops taking updates and waits for the ones in hand to be answered. */
    boolean drain(long timeout, TimeUnit unit) throws InterruptedException {
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

    /** Whether the update is new: kept in the store (or, when the store fails, at least remembered here). */
    private boolean firstDelivery(Update update) {
        if (!remember(update.getUpdateId())) {
            return false;
        }
        try {
            return store.receive(update.getUpdateId(), JSON.writeValueAsString(update), Instant.now());
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("update {} could not be kept in the store; it is handled, but lost if the bot stops now: {}",
                    update.getUpdateId(), e.toString());
            return true;
        }
    }

    private synchronized boolean remember(Integer updateId) {
        return seen.put(updateId, Boolean.TRUE) == null;
    }

    private void handle(Update update) {
        Handling handling = new Handling(update.getUpdateId(), store);
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
