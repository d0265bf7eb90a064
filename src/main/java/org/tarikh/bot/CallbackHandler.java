package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.bot.Callbacks.Callback;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Topic;
import org.tarikh.store.Store;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Taps on the bot's buttons. Every callback is answered, a stale one (a claim or topic no longer known, data
 * the bot never made, a message too old to reach) with a short note.
 */
final class CallbackHandler {
    private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);

    private final Replies replies;
    private final UserLanguages languages;
    private final Store store;
    private final SettingsCommand settings;
    private final Sender sender;
    private final Floods floods;

    CallbackHandler(Replies replies, UserLanguages languages, Store store, SettingsCommand settings, Sender sender,
            Floods floods) {
        this.floods = floods;
        this.replies = replies;
        this.languages = languages;
        this.store = store;
        this.settings = settings;
        this.sender = sender;
    }

    /** Every tap is answered; its reply, if any, counts against the reader's limit in that chat. */
    void handle(CallbackQuery query, Handling handling) {
        String language = languages.of(query.getFrom().getId(), query.getFrom().getLanguageCode(), null);
        MaybeInaccessibleMessage message = query.getMessage();
        Optional<Callback> callback = Callbacks.parse(query.getData());
        if (message != null && callback.isPresent()) {
            boolean group = message.getChatId() < 0;
            FloodGuard.Verdict verdict = floods.check(message.getChatId(), group, query.getFrom(), null);
            if (verdict != FloodGuard.Verdict.ANSWER) {
                sender.answerCallback(query.getId(), verdict == FloodGuard.Verdict.NOTICE
                        ? Messages.get(language, "flood") : null);
                return;
            }
        }
        Outcome outcome = message == null || callback.isEmpty()
                ? Outcome.note(Messages.get(language, "stale"))
                : outcome(callback.get(), message.getChatId(), query.getFrom().getId(), language);
        sender.answerCallback(query.getId(), outcome.note());
        if (outcome.reply() != null && outcome.edit()) {
            sender.edit(message.getChatId(), message.getMessageId(), outcome.reply(), handling.updateId());
        } else if (outcome.reply() != null) {
            sender.send(message.getChatId(), outcome.reply(), null, handling.updateId());
        }
    }

    /** What a tap does: a short note on the button, and a message to send or to put in place of the tapped one. */
    private record Outcome(String note, Reply reply, boolean edit) {
        static Outcome note(String note) {
            return new Outcome(note, null, false);
        }

        static Outcome send(Reply reply) {
            return new Outcome(null, reply, false);
        }
    }

    private Outcome outcome(Callback callback, long chatId, long userId, String userLanguage) {
        KnowledgeBase knowledge = replies.knowledge();
        String stale = Messages.get(userLanguage, "stale");
        if (callback.verb().equals(Callbacks.SETTINGS)) {
            Reply changed = settings.change(chatId, userId, callback.arg(0), callback.arg(1), userLanguage);
            return changed == null ? Outcome.note(Messages.get(userLanguage, "settings.admins-only"))
                    : new Outcome(null, changed, true);
        }
        if (callback.verb().equals(Callbacks.TOPIC)) {
            Optional<Topic> topic = knowledge.topics().stream().filter(t -> t.id().equals(callback.arg(0))).findFirst();
            return topic.map(t -> Outcome.send(replies.topic(t, userLanguage))).orElse(Outcome.note(stale));
        }
        if (callback.verb().equals(Callbacks.PAGE)) {
            try {
                Reply page = replies.page(Long.parseLong(callback.arg(0)), Integer.parseInt(callback.arg(1)), userLanguage);
                return page == null ? Outcome.note(stale) : new Outcome(null, page, true);
            } catch (NumberFormatException e) {
                return Outcome.note(stale);
            }
        }
        if (callback.verb().equals(Callbacks.LANGUAGE)) {
            String chosen = callback.arg(0);
            if (!LanguageCommand.CHOICES.contains(chosen)) {
                return Outcome.note(stale);
            }
            languages.choose(userId, chosen);
            return new Outcome(null, Reply.text(Html.escape(Messages.get(chosen, "language.set"))), true);
        }
        Optional<Claim> found = knowledge.claim(callback.arg(0));
        if (found.isEmpty()) {
            log.debug("stale callback {}", callback.verb());
            return Outcome.note(stale);
        }
        Claim claim = found.get();
        String language = callback.arg(1).equals("en") || callback.arg(1).equals("ru") ? callback.arg(1) : userLanguage;
        return switch (callback.verb()) {
            case Callbacks.CLAIM -> Outcome.send(replies.claim(claim, userLanguage));
            case Callbacks.SOURCES -> Outcome.send(replies.sources(claim, language));
            case Callbacks.MORE -> Outcome.send(replies.more(claim, language));
            case Callbacks.RELATED -> {
                Reply related = replies.related(claim, language);
                yield related == null ? Outcome.note(Messages.get(language, "related.none")) : Outcome.send(related);
            }
            case Callbacks.OTHER_LANGUAGE -> new Outcome(null, replies.claim(claim, language), true);
            case Callbacks.FEEDBACK -> {
                try {
                    store.recordFeedback(claim.id(), userId, callback.arg(1).equals("up"), Instant.now());
                } catch (SQLException e) {
                    log.warn("could not record feedback in the store: {}", e.toString());
                }
                yield Outcome.note(Messages.get(userLanguage, "feedback.thanks"));
            }
            default -> Outcome.note(stale);
        };
    }
}
