package org.tarikh.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.store.Store;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API. Every message the bot owes a chat is first kept in the {@link Store}, then sent through the
 * {@link Outbox}, and leaves the store only when Telegram has accepted it or refused it for good (a 4xx other than
 * 429); a passing failure (5xx, timeout, network, 429) is tried again, with growing pauses, for as long as the reply
 * is of use ({@value #USEFUL_MINUTES} minutes). Other calls (getMe, getFile, answerCallbackQuery, ...) are tried
 * a few times here. Every failure is one log line, without the token.
 */
final class Sender {
    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 8_000;
    /** A reply not delivered within this long is no longer of use to its reader, and is given up. */
    static final long USEFUL_MINUTES = 10;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final String token;
    private final Outbox outbox;
    private final Store store;

    Sender(TelegramClient client, String token, Outbox outbox, Store store) {
        this.client = client;
        this.token = token;
        this.outbox = outbox;
        this.store = store;
    }

    /**
     * A message owed to a chat, as the store keeps it: sent as new ({@code messageId} null, threaded under
     * {@code replyTo} when set) or put in place of the bot's message {@code messageId}.
     */
    record Outgoing(long chatId, Integer replyTo, Integer messageId, Reply reply) {
    }

    /** Owes a message to a chat, for the update {@code updateId} (null when it answers none). */
    void send(long chatId, Reply reply, Integer replyTo, Integer updateId) {
        owe(new Outgoing(chatId, replyTo, null, reply), updateId);
    }

    /** Owes an edit of the bot's message {@code messageId}. */
    void edit(long chatId, int messageId, Reply reply, Integer updateId) {
        owe(new Outgoing(chatId, null, messageId, reply), updateId);
    }

    private void owe(Outgoing message, Integer updateId) {
        Instant now = Instant.now();
        long id = 0;
        try {
            id = store.owe(message.chatId(), updateId, JSON.writeValueAsString(message), now);
        } catch (SQLException | JsonProcessingException e) {
            log.warn("a reply could not be kept in the store, it is sent without: {}", e.toString());
        }
        submit(id, message, now);
    }

    /** Sends, before anything new, the replies still owed to a chat this replica takes over (after a stop, or from another). */
    void resume(List<Store.Owed> owed) {
        for (Store.Owed row : owed) {
            try {
                submit(row.id(), JSON.readValue(row.message(), Outgoing.class), row.createdAt());
            } catch (JsonProcessingException e) {
                log.warn("an owed reply could not be read and is dropped: {}", e.getOriginalMessage());
                paid(row.id());
            }
        }
        if (!owed.isEmpty()) {
            log.debug("{} replies owed to a chat taken over are being sent", owed.size());
        }
    }

    /** Messages to a chat waiting in the outbox or being sent. */
    int pending(long chatId) {
        return outbox.pending(chatId);
    }

    private void submit(long id, Outgoing message, Instant created) {
        if (!outbox.submit(message.chatId(), () -> attempt(id, message, created))) {
            log.debug("a reply came while stopping; it stays owed for the next start");
        }
    }

    /** One try at an owed message; settles it in the store when Telegram took or refused it for good. */
    private Outbox.Outcome attempt(long id, Outgoing message, Instant created) {
        BotApiMethod<?> method = method(message);
        try {
            client.execute(method);
            paid(id);
            return Outbox.Outcome.DONE;
        } catch (TelegramApiRequestException e) {
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            if (code == 429) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                log.warn("Bot API {}: 429 Too Many Requests, the outbox waits {} s", method.getMethod(),
                        retryAfter == null ? Outbox.DEFAULT_PAUSE_SECONDS : retryAfter);
                return stillUseful(id, created) ? Outbox.Outcome.tooManyRequests(retryAfter == null ? 0 : retryAfter)
                        : Outbox.Outcome.DONE;
            }
            if (code > 0 && code < 500) {
                log.warn("Bot API refused {}: {} {}", method.getMethod(), code, redact(e.getApiResponse()));
                paid(id);
                return Outbox.Outcome.DONE;
            }
            log.warn("Bot API {} failed ({}), will try again", method.getMethod(),
                    code == 0 ? redact(e.getMessage()) : code + " " + redact(e.getApiResponse()));
        } catch (TelegramApiException e) {
            log.warn("Bot API {} failed ({}), will try again", method.getMethod(), describe(e));
        }
        return stillUseful(id, created) ? Outbox.Outcome.RETRY : Outbox.Outcome.DONE;
    }

    /** Whether a reply is still worth trying; one that is not is given up, with a log line. */
    private boolean stillUseful(long id, Instant created) {
        if (Instant.now().isBefore(created.plus(Duration.ofMinutes(USEFUL_MINUTES)))) {
            return true;
        }
        log.error("a reply could not be delivered in {} minutes and is given up", USEFUL_MINUTES);
        paid(id);
        return false;
    }

    private void paid(long id) {
        if (id == 0) {
            return;
        }
        try {
            store.paid(id);
        } catch (SQLException e) {
            log.warn("a delivered reply could not be settled in the store: {}", e.toString());
        }
    }

    private static BotApiMethod<?> method(Outgoing message) {
        Reply reply = message.reply();
        if (message.messageId() != null) {
            return EditMessageText.builder().chatId(message.chatId()).messageId(message.messageId()).text(reply.html())
                    .parseMode(ParseMode.HTML).linkPreviewOptions(NO_PREVIEW).replyMarkup(keyboard(reply)).build();
        }
        return SendMessage.builder().chatId(message.chatId()).text(reply.html()).parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW).replyMarkup(keyboard(reply))
                .replyParameters(message.replyTo() == null ? null
                        : ReplyParameters.builder().messageId(message.replyTo()).allowSendingWithoutReply(true).build())
                .build();
    }

    void answerCallback(String callbackId, String text) {
        execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
    }

    /** Calls the API until it answers, gives up on a refusal, or has tried {@value #MAX_ATTEMPTS} times. */
    <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            String failure;
            long wait = pause;
            try {
                return Optional.ofNullable(client.execute(method));
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (code == 429 && retryAfter != null) {
                    wait = retryAfter * 1000L;
                    failure = "429 Too Many Requests, retry after " + retryAfter + " s";
                } else if (code >= 500 || code == 0) {
                    failure = code == 0 ? redact(e.getMessage()) : code + " " + redact(e.getApiResponse());
                } else {
                    log.warn("Bot API refused {}: {} {}", method.getMethod(), code, redact(e.getApiResponse()));
                    return Optional.empty();
                }
            } catch (TelegramApiException e) {
                failure = describe(e);
            }
            if (attempt == MAX_ATTEMPTS) {
                log.error("Bot API {} failed {} times, giving up on this message: {}", method.getMethod(), attempt, failure);
                return Optional.empty();
            }
            log.warn("Bot API {} failed ({}), retrying in {} ms", method.getMethod(), failure, wait);
            if (!sleep(wait)) {
                return Optional.empty();
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private static InlineKeyboardMarkup keyboard(Reply reply) {
        if (reply.buttons().isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = reply.buttons().stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(b -> b.url() != null ? InlineKeyboardButton.builder().text(b.label()).url(b.url()).build()
                        : InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()).toList()))
                .toList();
        return new InlineKeyboardMarkup(rows);
    }

    /** The network fault behind the exception, in one line, e.g. "ConnectException: Failed to connect to ...". */
    private String describe(Throwable e) {
        Throwable fault = e;
        while (!(fault instanceof java.io.IOException) && fault.getCause() != null && fault.getCause() != fault) {
            fault = fault.getCause();
        }
        return redact(fault.getClass().getSimpleName() + ": " + fault.getMessage());
    }

    private String redact(String text) {
        return text == null ? "" : text.replace(token, "***").replaceAll("[\\r\\n]+", " ");
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
