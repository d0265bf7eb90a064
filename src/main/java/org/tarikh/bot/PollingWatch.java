package org.tarikh.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Watches long polling from inside its HTTP client (TelegramBots' own logging of it is turned off): a failed
 * getUpdates is told in one line — a 409 as a second instance polling with the same token, a 401 as a refused
 * token, anything else as the Bot API being unreachable — then at most once a minute while it lasts, and its end
 * is told too. An update that cannot be read (a poison update, which would fail its whole batch and stall polling
 * at the same offset for ever) is replaced by an empty update of the same id, so that polling moves past it; it is
 * logged once and never handled. Entities that point past the end of their text (which TelegramBots cannot read
 * back) are dropped, and the message is handled without them.
 */
final class PollingWatch implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(PollingWatch.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long QUIET_NANOS = TimeUnit.MINUTES.toNanos(1);

    private long failingSince;
    private long lastTold;
    private int failures;

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
            return chain.proceed(chain.request());
        }
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            // A bare InterruptedIOException is the bot stopping; a timeout is its subclass and is a failure.
            if (!chain.call().isCanceled() && e.getClass() != InterruptedIOException.class) {
                failed("the Bot API is unreachable (" + e.getClass().getSimpleName() + "); polling keeps trying");
            }
            throw e;
        }
        if (!response.isSuccessful()) {
            failed(switch (response.code()) {
                case 409 -> "getUpdates answered 409 Conflict: another instance of the bot is polling with the same "
                        + "token (stop it, or use webhook mode); this one gets no updates meanwhile";
                case 401, 404 -> "getUpdates answered " + response.code() + ": the Bot API refuses the token";
                default -> "getUpdates answered " + response.code() + "; polling keeps trying";
            });
            return response;
        }
        recovered();
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        String json = body.string();
        return response.newBuilder().body(ResponseBody.create(withoutPoison(json), body.contentType())).build();
    }

    /** The batch with each update that cannot be read replaced by an empty one of its id (or left out without one). */
    static String withoutPoison(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return json; // not even JSON: TelegramBots reports it and polls again
        }
        if (!(root.path("result") instanceof ArrayNode updates)) {
            return json;
        }
        boolean changed = false;
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode update : updates) {
            changed |= dropEntitiesPastTheText(update);
            try {
                JSON.treeToValue(update, Update.class);
                if (!update.path("update_id").isInt()) {
                    throw new IOException("no update_id");
                }
                kept.add(update);
            } catch (IOException | IllegalArgumentException e) {
                changed = true;
                if (update.path("update_id").canConvertToInt()) {
                    log.warn("update {} cannot be read and is skipped: {}", update.path("update_id").asInt(),
                            e.getMessage().lines().findFirst().orElse(""));
                    kept.add(JSON.createObjectNode().put("update_id", update.path("update_id").asInt()));
                } else {
                    log.warn("an update without an update_id cannot be read and is skipped");
                }
            }
        }
        if (!changed) {
            return json;
        }
        ((ObjectNode) root).set("result", kept);
        return root.toString();
    }

    /** Removes from each message of the update the entities that do not lie inside its text or caption. */
    private static boolean dropEntitiesPastTheText(JsonNode update) {
        boolean dropped = false;
        for (JsonNode message : update) {
            if (message instanceof ObjectNode fields) {
                dropped |= dropEntitiesPast(fields, "entities", fields.path("text").asText(""));
                dropped |= dropEntitiesPast(fields, "caption_entities", fields.path("caption").asText(""));
            }
        }
        return dropped;
    }

    private static boolean dropEntitiesPast(ObjectNode message, String field, String text) {
        if (!(message.get(field) instanceof ArrayNode entities)) {
            return false;
        }
        boolean dropped = false;
        for (int i = entities.size() - 1; i >= 0; i--) {
            int offset = entities.get(i).path("offset").asInt(-1);
            int length = entities.get(i).path("length").asInt(-1);
            if (offset < 0 || length < 0 || offset + length > text.length()) {
                entities.remove(i);
                dropped = true;
            }
        }
        if (dropped) {
            log.warn("a message had entities past the end of its text; they are left out");
        }
        return dropped;
    }

    private synchronized void failed(String why) {
        long now = System.nanoTime();
        failures++;
        if (failingSince == 0) {
            failingSince = now;
            lastTold = now;
            log.warn(why);
        } else if (now - lastTold >= QUIET_NANOS) {
            lastTold = now;
            log.warn("{} ({} failures in {} s)", why, failures, TimeUnit.NANOSECONDS.toSeconds(now - failingSince));
        }
    }

    private synchronized void recovered() {
        if (failingSince != 0) {
            log.info("polling is back after {} s and {} failures", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime()
                    - failingSince), failures);
            failingSince = 0;
            failures = 0;
        }
    }
}
