package org.tarikh.bot;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Calls the Bot API, messages through the {@link Outbox}, riding out its failures: a 429 waits the {@code retry_after} it names, a 5xx or a
 * network fault is retried with growing pauses, a refusal (4xx) is logged and dropped. Every failure is one
 * log line, without the token.
 */
final class Sender {
    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 8_000;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final String token;
    private final Outbox outbox;

    Sender(TelegramClient client, String token, Outbox outbox) {
        this.client = client;
        this.token = token;
        this.outbox = outbox;
    }

    /** Queues a message in the outbox, which sends it when Telegram's limits allow. */
    void send(long chatId, Reply reply) {
        send(chatId, reply, null);
    }

    /** Queues a message threaded under the message {@code replyTo} (when not null). */
    void send(long chatId, Reply reply, Integer replyTo) {
        SendMessage message = SendMessage.builder().chatId(chatId).text(reply.html()).parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW).replyMarkup(keyboard(reply))
                .replyParameters(replyTo == null ? null
                        : ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build())
                .build();
        outbox.submit(chatId, () -> execute(message, true));
    }

    void edit(long chatId, int messageId, Reply reply) {
        EditMessageText edit = EditMessageText.builder().chatId(chatId).messageId(messageId).text(reply.html())
                .parseMode(ParseMode.HTML).linkPreviewOptions(NO_PREVIEW).replyMarkup(keyboard(reply)).build();
        outbox.submit(chatId, () -> execute(edit, true));
    }

    void answerCallback(String callbackId, String text) {
        execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build());
    }

    /** Calls the API until it answers, gives up on a refusal, or has tried {@value #MAX_ATTEMPTS} times. */
    <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
        return execute(method, false);
    }

    /**
     * {@code queued}: a message from the outbox, which on a 429 goes back to the outbox (that then holds every
     * message back for the {@code retry_after}) rather than waiting here.
     */
    private <T extends Serializable> Optional<T> execute(BotApiMethod<T> method, boolean queued) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            String failure;
            long wait = pause;
            try {
                return Optional.ofNullable(client.execute(method));
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (code == 429 && retryAfter != null && queued) {
                    log.warn("Bot API {}: 429 Too Many Requests, the outbox waits {} s", method.getMethod(), retryAfter);
                    throw new Outbox.TooManyRequests(retryAfter);
                } else if (code == 429 && retryAfter != null) {
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
