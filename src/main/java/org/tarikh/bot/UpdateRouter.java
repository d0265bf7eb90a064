package org.tarikh.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates long polling brings and hands each to its handler on one of a few worker lanes, chosen by
 * chat, so that one chat's updates keep their order while chats are served in parallel. An update seen
 * before (Telegram may deliver one twice) is skipped; a failing update is logged and never stops polling.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {
    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
    private static final int LANES = 8;
    private static final int REMEMBERED_UPDATES = 10_000;

    private final MessageHandler messages;
    private final CallbackHandler callbacks;
    private final MembershipHandler memberships;
    private final InlineHandler inline;
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private final Map<Integer, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
            return size() > REMEMBERED_UPDATES;
        }
    };

    UpdateRouter(MessageHandler messages, CallbackHandler callbacks, MembershipHandler memberships,
            InlineHandler inline) {
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
                if (firstDelivery(update.getUpdateId())) {
                    lanes[Math.floorMod(Long.hashCode(chatOf(update)), LANES)].execute(() -> handle(update));
                } else {
                    log.debug("skipped update {}, delivered twice", update.getUpdateId());
                }
            } catch (RejectedExecutionException e) {
                log.warn("update {} arrived while stopping; left for the next start", update.getUpdateId());
            } catch (RuntimeException e) {
                log.error("update {} could not be queued: {}", update.getUpdateId(), e.toString());
            }
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

    private synchronized boolean firstDelivery(Integer updateId) {
        return seen.put(updateId, Boolean.TRUE) == null;
    }

    private void handle(Update update) {
        try {
            if (update.hasMessage()) {
                messages.handle(update.getMessage());
            } else if (update.hasCallbackQuery()) {
                callbacks.handle(update.getCallbackQuery());
            } else if (update.hasInlineQuery()) {
                inline.handle(update.getInlineQuery());
            } else if (update.hasMyChatMember()) {
                memberships.handle(update.getMyChatMember());
            } else if (update.hasEditedMessage()) {
                log.debug("ignored an edited message (update {})", update.getUpdateId());
            } else {
                log.debug("ignored update {} of a kind the bot does not handle", update.getUpdateId());
            }
        } catch (RuntimeException e) {
            log.error("update {} failed: {}", update.getUpdateId(), e.toString());
        }
    }

    private static long chatOf(Update update) {
        if (update.hasMessage()) {
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
