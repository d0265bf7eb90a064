package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.document.Documents;
import org.tarikh.document.PageFetcher;
import org.tarikh.knowledge.Verdict;
import org.tarikh.search.Finding;
import org.tarikh.store.Store;
import org.tarikh.store.Store.ChatSettings;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Messages. In a private chat a command goes to its {@link ChatCommand}; any text — typed, pasted, forwarded, or
 * the caption of a photo, video or file — is checked, and so is a file (.txt, .md, .html, .pdf up to 2 MB) and
 * the page a link points to. In a group the bot answers only when asked — /check (with a text, or as a reply to
 * a message, a file or a link), a mention, a reply to one of its messages — threaded under the message, and
 * otherwise stays silent unless the group's admins turned auto mode on. Files and pages are fetched off the chat's
 * lane, so a slow page delays no other chat.
 */
final class MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);
    /** Auto mode speaks unasked only about these verdicts, and only at the calibration's auto-mode confidence. */
    private static final Set<Verdict> AUTO_MODE_VERDICTS = Set.of(Verdict.FALSE, Verdict.MISLEADING);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"«»]+", Pattern.CASE_INSENSITIVE);

    private final Replies replies;
    private final CommandRegistry commands;
    private final UserLanguages languages;
    private final Sender sender;
    private final Store store;
    private final TelegramFiles files;
    private final PageFetcher pages;
    private final Executor slow;
    private final Floods floods;
    private final User me;

    MessageHandler(Replies replies, CommandRegistry commands, UserLanguages languages, Sender sender, Store store,
            TelegramFiles files, PageFetcher pages, Executor slow, Floods floods, User me) {
        this.replies = replies;
        this.commands = commands;
        this.languages = languages;
        this.sender = sender;
        this.store = store;
        this.files = files;
        this.pages = pages;
        this.slow = slow;
        this.floods = floods;
        this.me = me;
    }

    /** What a message gives to check: its text (or caption), a file, or the first link in it. */
    private record Content(String text, Document document, String link) {
        static Content of(Message message) {
            if (message == null) {
                return new Content(null, null, null);
            }
            String text = message.hasText() ? message.getText() : message.getCaption();
            return new Content(text, message.hasDocument() ? message.getDocument() : null, linkIn(message, text));
        }

        static Content text(String text) {
            return new Content(text, null, LINK.matcher(text).results().map(r -> r.group()).findFirst().orElse(null));
        }

        /** Nothing to check: no text at all (a sticker, a voice note) and no file. */
        boolean empty() {
            return document == null && text == null;
        }

        /** The text without the link, as the reader's own words beside the page. */
        String textBesideLink() {
            return text == null || link == null ? "" : text.replace(link, " ").strip();
        }
    }

    /** Handles a message of the update {@code handling}; work taken off the lane holds the update until it ends. */
    void handle(Message message, Handling handling) {
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
        MessageEntity command = entities == null || text == null ? null : entities.stream()
                .filter(e -> "bot_command".equals(e.getType()) && e.getOffset() == 0 && e.getLength() <= text.length())
                .findFirst().orElse(null);
        Ask ask = new Ask(message.getChatId(), group ? message.getMessageId() : null, group, language, userId, handling);
        String[] name = command == null ? null : text.substring(1, command.getLength()).split("@", 2);
        if (name != null && name.length > 1 && !name[1].equalsIgnoreCase(me.getUserName())) {
            return; // a command for another bot in the group
        }
        boolean mention = text != null && mentionsMe(text, entities);
        boolean addressed = command != null || !group || mention || (text != null && isReplyToMe(message));
        if (!addressed) {
            if (text != null && settings.autoMode()) {
                autoCheck(message, text, language, handling);
            }
            return;
        }
        switch (floods.check(message.getChatId(), group, from, message.getSenderChat())) {
            case IGNORE -> {
                return;
            }
            case NOTICE -> {
                reply(ask, Reply.text(Html.escape(Messages.get(language, "flood"))));
                return;
            }
            default -> {
                // answered below
            }
        }
        if (command != null) {
            String args = text.substring(command.getLength()).strip();
            if (name[0].equalsIgnoreCase("check")) {
                check(ask, args.isEmpty() ? Content.of(message.getReplyToMessage()) : Content.text(args));
            } else {
                reply(ask, commands.reply(name[0], new ChatCommand.Request(message.getChatId(), userId, args, language)));
            }
        } else if (!group) {
            Content content = Content.of(message);
            if (content.empty()) {
                reply(ask, Reply.text(Html.escape(Messages.get(language, "not-text"))));
            } else {
                check(ask, content);
            }
        } else if (mention) {
            check(ask, Content.text(text.replaceAll("(?i)@" + me.getUserName() + "\\b", " ")));
        } else {
            check(ask, Content.text(text));
        }
    }

    /**
     * Who asked where: the chat, the message to thread under (in a group), the language, the asker, and the
     * update being handled.
     */
    private record Ask(long chatId, Integer thread, boolean group, String language, long userId, Handling handling) {
    }

    /** Checks what a message gives — a file, a link's page, or its text. */
    private void check(Ask ask, Content content) {
        if (content.empty()) {
            reply(ask, Reply.text(Html.escape(Messages.get(ask.language(), "check.usage"))));
        } else if (content.document() != null) {
            offLane(ask, () -> checkDocument(ask, content.document()));
        } else if (content.link() != null) {
            offLane(ask, () -> checkLink(ask, content));
        } else {
            answer(ask, content.text(), null);
        }
    }

    /** Runs slow work (a download, a page) off the chat's lane, so that other chats are not held up. */
    private void offLane(Ask ask, Runnable work) {
        ask.handling().hold();
        try {
            slow.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("checking a file or a page failed: {}", e.toString());
                } finally {
                    ask.handling().release();
                }
            });
        } catch (RejectedExecutionException e) {
            log.info("a file or a page arrived while stopping; it is checked at the next start");
        }
    }

    private void checkDocument(Ask ask, Document document) {
        String name = document.getFileName() == null || document.getFileName().isBlank() ? "file" : document.getFileName();
        String language = ask.language();
        if (!Documents.readable(name)) {
            reply(ask, Reply.text(Html.escape(String.format(Messages.get(language, "file.unsupported"), name))));
            return;
        }
        if (document.getFileSize() != null && document.getFileSize() > PageFetcher.MAX_BYTES) {
            reply(ask, Reply.text(Html.escape(String.format(Messages.get(language, "file.too-large"), name))));
            return;
        }
        TelegramFiles.Download download = files.download(document.getFileId(), PageFetcher.MAX_BYTES);
        if (download.bytes() == null) {
            String problem = download.tooLarge() ? "file.too-large" : "file.failed";
            reply(ask, Reply.text(Html.escape(String.format(Messages.get(language, problem), name))));
            return;
        }
        Optional<Documents.Text> text = Documents.of(name, download.bytes());
        if (text.isEmpty() || text.get().text().isBlank()) {
            reply(ask, Reply.text(Html.escape(String.format(Messages.get(language, "file.unreadable"), name))));
            return;
        }
        answer(ask, text.get().text(), String.format(Messages.get(language, "origin.file"), name));
    }

    private void checkLink(Ask ask, Content content) {
        PageFetcher.Page page = pages.fetch(content.link());
        String language = ask.language();
        if (!page.ok()) {
            reply(ask, Reply.text(Html.escape(String.format(Messages.get(language, "link." + page.failure().name()),
                    content.link()))));
            return;
        }
        String title = page.text().title().isBlank() ? content.link() : page.text().title();
        String beside = content.textBesideLink();
        String text = beside.isBlank() ? page.text().text() : beside + "\n\n" + page.text().text();
        answer(ask, text, String.format(Messages.get(language, "origin.page"), title));
    }

    private void answer(Ask ask, String text, String origin) {
        Answer answer = replies.ask(text, ask.language(), origin);
        record(answer);
        reply(ask, ask.group() ? replies.group(answer) : replies.answer(answer));
    }

    /**
     * Auto mode: answers unasked, in one compact reply, the findings of a message that are false or misleading
     * claims at the auto-mode confidence, each claim at most once per chat per day.
     */
    private void autoCheck(Message message, String text, String language, Handling handling) {
        Answer answer = replies.ask(text, language);
        List<Finding> worthIt = new ArrayList<>();
        try {
            for (Finding finding : answer.findings()) {
                if (AUTO_MODE_VERDICTS.contains(finding.claim().verdict())
                        && finding.confidence() >= replies.autoThreshold()
                        && store.firstAutoReplyOfDay(message.getChatId(), finding.claim().id(),
                                LocalDate.now(ZoneOffset.UTC))) {
                    worthIt.add(finding);
                }
            }
        } catch (SQLException e) {
            log.warn("auto mode could not read the store: {}", e.toString());
            return;
        }
        if (!worthIt.isEmpty()) {
            record(answer);
            sender.send(message.getChatId(), replies.compactFindings(worthIt, language), message.getMessageId(),
                    handling.updateId());
        }
    }

    private void reply(Ask ask, Reply reply) {
        sender.send(ask.chatId(), reply, ask.thread(), ask.handling().updateId());
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
                && e.getOffset() >= 0 && e.getOffset() + e.getLength() <= text.length()
                && text.substring(e.getOffset(), e.getOffset() + e.getLength()).equalsIgnoreCase("@" + me.getUserName()));
    }

    private boolean isReplyToMe(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId().equals(me.getId());
    }

    /** The first link of a message: a url or text_link entity, else anything that looks like one. */
    private static String linkIn(Message message, String text) {
        List<MessageEntity> entities = message.hasText() ? message.getEntities() : message.getCaptionEntities();
        if (entities != null) {
            for (MessageEntity entity : entities) {
                if ("text_link".equals(entity.getType()) && entity.getUrl() != null) {
                    return entity.getUrl();
                }
                if ("url".equals(entity.getType()) && text != null && entity.getOffset() >= 0
                        && entity.getOffset() + entity.getLength() <= text.length()) {
                    String url = text.substring(entity.getOffset(), entity.getOffset() + entity.getLength());
                    return url.matches("(?i)https?://.*") ? url : "http://" + url;
                }
            }
        }
        if (text == null) {
            return null;
        }
        Matcher link = LINK.matcher(text);
        return link.find() ? link.group() : null;
    }

    /** Counts the answer for /stats, or keeps the unanswered question (never who asked) for maintainers. */
    private void record(Answer answer) {
        if (answer.question().isBlank()) {
            return;
        }
        try {
            if (answer.claim().isPresent()) {
                for (Finding finding : answer.findings()) {
                    store.recordAnswer(finding.claim().id(), answer.language(), Instant.now());
                }
            } else if (answer.origin() == null && answer.match().sentences() <= 1) {
                // Only questions are kept for maintainers, not whole texts people paste.
                store.recordUnanswered(answer.question().strip(), answer.language(), Instant.now());
            }
        } catch (SQLException e) {
            log.warn("could not record an answer in the store: {}", e.toString());
        }
    }
}
