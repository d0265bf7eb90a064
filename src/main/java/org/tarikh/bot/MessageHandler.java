package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.store.Store;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Private chats: a command goes to its {@link ChatCommand}, any other text (or a caption) is a question,
 * and whatever has no text gets a short note that the bot reads text only.
 */
final class MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);

    private final Replies replies;
    private final CommandRegistry commands;
    private final UserLanguages languages;
    private final Sender sender;
    private final Store store;

    MessageHandler(Replies replies, CommandRegistry commands, UserLanguages languages, Sender sender, Store store) {
        this.replies = replies;
        this.commands = commands;
        this.languages = languages;
        this.sender = sender;
        this.store = store;
    }

    void handle(Message message) {
        if (!Boolean.TRUE.equals(message.getChat().isUserChat())) {
            log.debug("ignored a message in a {} chat", message.getChat().getType());
            return;
        }
        User from = message.getFrom();
        String text = message.hasText() ? message.getText() : message.getCaption();
        String language = languages.of(from == null ? null : from.getId(), from == null ? null : from.getLanguageCode(), text);
        sender.send(message.getChatId(), reply(message, text, language));
    }

    private Reply reply(Message message, String text, String language) {
        if (text == null) {
            return Reply.text(Html.escape(Messages.get(language, "not-text")));
        }
        // Entities must be read: Message.isCommand() answers false until getEntities() has been called.
        List<MessageEntity> entities = message.hasText() ? message.getEntities() : message.getCaptionEntities();
        MessageEntity command = entities == null ? null : entities.stream()
                .filter(e -> "bot_command".equals(e.getType()) && e.getOffset() == 0).findFirst().orElse(null);
        if (command != null) {
            String name = text.substring(1, command.getLength()).split("@")[0];
            long userId = message.getFrom() == null ? 0 : message.getFrom().getId();
            return commands.reply(name, new ChatCommand.Request(userId, text.substring(command.getLength()).strip(), language));
        }
        Answer answer = replies.ask(text, language);
        record(answer);
        return replies.answer(answer);
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
