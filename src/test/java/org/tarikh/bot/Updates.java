package org.tarikh.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the updates a Telegram user's actions produce, as the Bot API sends them. */
final class Updates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger updateIds = new AtomicInteger(1);
    private final AtomicInteger messageIds = new AtomicInteger(1);

    /** A text message in a private chat; a leading /command gets its bot_command entity. */
    ObjectNode text(long userId, String languageCode, String text) {
        ObjectNode update = update();
        ObjectNode message = message(update.putObject("message"), userId, languageCode);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        return update;
    }

    /** A message without text: a sticker, a photo (optionally captioned) or a voice note. */
    ObjectNode media(long userId, String kind, String caption) {
        ObjectNode update = update();
        ObjectNode message = message(update.putObject("message"), userId, "en");
        switch (kind) {
            case "sticker" -> message.putObject("sticker").put("file_id", "s1").put("file_unique_id", "u1")
                    .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false)
                    .put("is_video", false);
            case "photo" -> message.putArray("photo").addObject().put("file_id", "p1").put("file_unique_id", "u2")
                    .put("width", 90).put("height", 90);
            default -> message.putObject("voice").put("file_id", "v1").put("file_unique_id", "u3").put("duration", 3);
        }
        if (caption != null) {
            message.put("caption", caption);
        }
        return update;
    }

    /** A file sent in a private chat: its name, the file_id the Bot API knows it by, its size, and a caption. */
    ObjectNode document(long userId, String fileName, String fileId, long size, String caption) {
        ObjectNode update = update();
        ObjectNode message = message(update.putObject("message"), userId, "en");
        message.putObject("document").put("file_id", fileId).put("file_unique_id", "u-" + fileId)
                .put("file_name", fileName).put("file_size", size);
        if (caption != null) {
            message.put("caption", caption);
        }
        return update;
    }

    /** A message forwarded into a private chat from a channel. */
    ObjectNode forwarded(long userId, String text) {
        ObjectNode update = text(userId, "en", text);
        ObjectNode origin = update.with("message").putObject("forward_origin");
        origin.put("type", "channel").put("date", 1_699_000_000).put("message_id", 77);
        origin.putObject("chat").put("id", -1001234).put("type", "channel").put("title", "History news");
        return update;
    }

    /** A text message with a link (and its url entity) in a private chat. */
    ObjectNode link(long userId, String text, String url) {
        ObjectNode update = text(userId, "en", text);
        update.with("message").putArray("entities").addObject().put("type", "url").put("offset", text.indexOf(url))
                .put("length", url.length());
        return update;
    }

    /**
     * A text message in a group: a leading /command gets its entity, each @name a mention, and the message
     * may answer another one ({@code replyTo}: its text and who wrote it, 42 being the bot).
     */
    ObjectNode group(long chatId, long userId, String text, String replyToText, Long replyToAuthor) {
        ObjectNode update = update();
        ObjectNode message = update.putObject("message");
        message.put("message_id", messageIds.getAndIncrement()).put("date", 1_700_000_000).put("text", text);
        message.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "History club");
        user(message.putObject("from"), userId, "en");
        var entities = message.putArray("entities");
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            entities.addObject().put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
        }
        java.util.regex.Matcher mentions = java.util.regex.Pattern.compile("@\\w+").matcher(text);
        while (mentions.find()) {
            if (mentions.start() == 0 || Character.isWhitespace(text.charAt(mentions.start() - 1))) {
                entities.addObject().put("type", "mention").put("offset", mentions.start())
                        .put("length", mentions.end() - mentions.start());
            }
        }
        if (replyToText != null) {
            ObjectNode replied = message.putObject("reply_to_message");
            replied.put("message_id", messageIds.getAndIncrement()).put("date", 1_699_999_000).put("text", replyToText);
            replied.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "History club");
            user(replied.putObject("from"), replyToAuthor, "en");
            if (replyToAuthor == 42) {
                replied.with("from").put("is_bot", true).put("username", "tarikh_test_bot");
            }
        }
        return update;
    }

    /** The bot's membership of a group changing from {@code before} to {@code now} (member, left, ...). */
    ObjectNode membership(long chatId, long byUserId, String before, String now) {
        ObjectNode update = update();
        ObjectNode change = update.putObject("my_chat_member");
        change.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "History club");
        user(change.putObject("from"), byUserId, "en");
        change.put("date", 1_700_000_000);
        for (String[] member : new String[][] {{"old_chat_member", before}, {"new_chat_member", now}}) {
            ObjectNode m = change.putObject(member[0]);
            m.put("status", member[1]);
            m.putObject("user").put("id", 42).put("is_bot", true).put("first_name", "Tarikh").put("username", "tarikh_test_bot");
            if (member[1].equals("kicked")) {
                m.put("until_date", 0);
            }
        }
        return update;
    }

    /** An inline query: {@code @bot query} typed in any chat. */
    ObjectNode inline(long userId, String query) {
        ObjectNode update = update();
        ObjectNode inline = update.putObject("inline_query");
        inline.put("id", "iq" + update.get("update_id").asInt()).put("query", query).put("offset", "");
        user(inline.putObject("from"), userId, "en");
        return update;
    }

    ObjectNode edited(long userId, String text) {
        ObjectNode update = update();
        message(update.putObject("edited_message"), userId, "en").put("text", text).put("edit_date", 1_700_000_100);
        return update;
    }

    ObjectNode callback(long userId, String languageCode, int messageId, String data) {
        ObjectNode update = update();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cb" + update.get("update_id").asInt()).put("chat_instance", "ci").put("data", data);
        user(query.putObject("from"), userId, languageCode);
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId).put("date", 1_700_000_000).put("text", "earlier answer");
        message.putObject("chat").put("id", userId).put("type", "private");
        return update;
    }

    private ObjectNode update() {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", updateIds.getAndIncrement());
        return update;
    }

    private ObjectNode message(ObjectNode message, long userId, String languageCode) {
        message.put("message_id", messageIds.getAndIncrement()).put("date", 1_700_000_000);
        message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "Reader");
        user(message.putObject("from"), userId, languageCode);
        return message;
    }

    private static void user(ObjectNode user, long userId, String languageCode) {
        user.put("id", userId).put("is_bot", false).put("first_name", "Reader");
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
    }
}
