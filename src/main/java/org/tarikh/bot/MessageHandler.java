package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.Verdict;
import org.tarikh.store.Store;
import org.tarikh.store.Store.ChatSettings;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Messages. In a private chat a command goes to its {@link ChatCommand}, any other text (or a caption) is a
 * question, and whatever has no text gets a short note. In a group the bot answers only when asked — /check,
 * a mention, a reply to one of its messages — threaded under the message, and otherwise stays silent unless
 * the group's admins turned auto mode on.
 */
final class MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);
    /** Auto mode speaks unasked only about these verdicts, and only at the calibration's auto-mode confidence. */
    private static final Set<Verdict> AUTO_MODE_VERDICTS = Set.of(Verdict.FALSE, Verdict.MISLEADING);

    private final Replies replies;
    private final CommandRegistry commands;
    private final UserLanguages languages;
    private final Sender sender;
    private final Store store;
    private final FloodGuard flood = new FloodGuard();
    private final User me;

    MessageHandler(Replies replies, CommandRegistry commands, UserLanguages languages, Sender sender, Store store,
            User me) {
        this.replies = replies;
        this.commands = commands;
        this.languages = languages;
        this.sender = sender;
        this.store = store;
        this.me = me;
    }

    void handle(Message message) {
        boolean group = Boolean.TRUE.equals(message.getChat().isGroupChat())
                || Boolean.TRUE.equals(message.getChat().isSuperGroupChat());
        if (!group && !Boolean.TRUE.equals(message.getChat().isUserChat())) {
            log.debug("ignored a message in a {} chat", message.getChat().getType());
            return;
        }
        User from = message.getFrom();
        long userId = from == null ? 0 : from.getId();
        String text = message.hasText() ? message.getText() : message.getCaption();
        ChatSettings settings = group ? settings(message.getChatId()) : ChatSettings.DEFAULT;
        String language = settings.language() != null ? settings.language()
                : languages.of(from == null ? null : from.getId(), from == null ? null : from.getLanguageCode(), text);
        // Entities must be read: Message.isCommand() answers false until getEntities() has been called.
        List<MessageEntity> entities = message.hasText() ? message.getEntities() : message.getCaptionEntities();
        MessageEntity command = entities == null ? null : entities.stream()
                .filter(e -> "bot_command".equals(e.getType()) && e.getOffset() == 0).findFirst().orElse(null);
        Integer thread = group ? message.getMessageId() : null;

        if (command != null) {
            String[] name = text.substring(1, command.getLength()).split("@", 2);
            if (name.length > 1 && !name[1].equalsIgnoreCase(me.getUserName())) {
                return; // a command for another bot in the group
            }
            String args = text.substring(command.getLength()).strip();
            if (name[0].equalsIgnoreCase("check")) {
                String claim = args.isEmpty() ? textOf(message.getReplyToMessage()) : args;
                answer(message, claim == null || claim.isBlank() ? null : claim, language, thread, userId);
            } else {
                reply(message.getChatId(), commands.reply(name[0],
                        new ChatCommand.Request(message.getChatId(), userId, args, language)), thread);
            }
        } else if (!group) {
            if (text == null) {
                reply(message.getChatId(), Reply.text(Html.escape(Messages.get(language, "not-text"))), null);
            } else {
                answer(message, text, language, null, userId);
            }
        } else if (text != null && mentionsMe(text, entities)) {
            answer(message, text.replaceAll("(?i)@" + me.getUserName() + "\\b", " "), language, thread, userId);
        } else if (text != null && isReplyToMe(message)) {
            answer(message, text, language, thread, userId);
        } else if (text != null && settings.autoMode()) {
            autoCheck(message, text, language);
        }
    }

    /** Answers {@code question} (or says how to use /check when it is null), within the flood limit. */
    private void answer(Message message, String question, String language, Integer thread, long userId) {
        switch (flood.check(userId, System.nanoTime())) {
            case IGNORE -> {
                return;
            }
            case NOTICE -> {
                reply(message.getChatId(), Reply.text(Html.escape(Messages.get(language, "flood"))), thread);
                return;
            }
            default -> {
                // answer below
            }
        }
        if (question == null) {
            reply(message.getChatId(), Reply.text(Html.escape(Messages.get(language, "check.usage"))), thread);
            return;
        }
        Answer answer = replies.ask(question, language);
        record(answer);
        reply(message.getChatId(), replies.answer(answer), thread);
    }

    /** Auto mode: answers unasked only a confident match of a false or misleading claim, once per claim a day. */
    private void autoCheck(Message message, String text, String language) {
        Answer answer = replies.ask(text, language);
        boolean worthIt = answer.claim().isPresent() && AUTO_MODE_VERDICTS.contains(answer.claim().get().verdict())
                && answer.match().confidence() >= replies.autoThreshold();
        try {
            if (worthIt && store.firstAutoReplyOfDay(message.getChatId(), answer.claim().get().id(),
                    LocalDate.now(ZoneOffset.UTC))) {
                record(answer);
                reply(message.getChatId(), replies.answer(answer), message.getMessageId());
            }
        } catch (SQLException e) {
            log.warn("auto mode could not read the store: {}", e.toString());
        }
    }

    private void reply(long chatId, Reply reply, Integer thread) {
        sender.send(chatId, reply, thread);
    }

    private ChatSettings settings(long chatId) {
        try {
            return store.chatSettings(chatId);
        } catch (SQLException e) {
            log.warn("could not read chat settings: {}", e.toString());
            return ChatSettings.DEFAULT;
        }
    }

    private boolean mentionsMe(String text, List<MessageEntity> entities) {
        return entities != null && entities.stream().anyMatch(e -> "mention".equals(e.getType())
                && text.substring(e.getOffset(), e.getOffset() + e.getLength()).equalsIgnoreCase("@" + me.getUserName()));
    }

    private boolean isReplyToMe(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId().equals(me.getId());
    }

    private static String textOf(Message message) {
        if (message == null) {
            return null;
        }
        return message.hasText() ? message.getText() : message.getCaption();
    }

    /** Counts the answer for /stats, or keeps the unanswered question (never who asked) for maintainers. */
    private void record(Answer answer) {
        if (answer.question().isBlank()) {
            return;
        }
        try {
            if (answer.claim().isPresent()) {
                store.recordAnswer(answer.claim().get().id(), answer.language(), Instant.now());
            } else {
                store.recordUnanswered(answer.question().strip(), answer.language(), Instant.now());
            }
        } catch (SQLException e) {
            log.warn("could not record an answer in the store: {}", e.toString());
        }
    }
}
