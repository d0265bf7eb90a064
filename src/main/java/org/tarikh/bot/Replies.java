package org.tarikh.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Source;
import org.tarikh.knowledge.Topic;

/** Builds the bot's messages, with their buttons, from answers, claims and topics. */
final class Replies {
    /** Telegram shows about this many characters on a button. */
    private static final int BUTTON_LABEL_LENGTH = 60;

    private final Supplier<Answerer> answerers;

    /** {@code answerers} gives the answerer in service; each reply uses one, even if a reload swaps it. */
    Replies(Supplier<Answerer> answerers) {
        this.answerers = answerers;
    }

    KnowledgeBase knowledge() {
        return answerers.get().knowledge();
    }

    /** The confidence auto mode needs, from the calibration in service. */
    double autoThreshold() {
        return answerers.get().matcher().autoThreshold();
    }

    Answer ask(String question, String language) {
        return answerers.get().answer(question, language);
    }

    /** The answer to a question: the claim with its buttons, or the miss with the nearest topics. */
    Reply answer(Answer answer) {
        return answer.claim()
                .map(claim -> new Reply(answer.reply(), claimButtons(claim, answer.language())))
                .orElseGet(() -> new Reply(answer.reply(), answerers.get().nearestTopics(answer.match()).stream()
                        .map(topic -> List.of(topicButton(topic, answer.language()))).toList()));
    }

    Reply claim(Claim claim, String language) {
        return new Reply(answerers.get().render(claim, language), claimButtons(claim, language));
    }

    /** Every source of the claim, numbered, each with its stance toward the claim. */
    Reply sources(Claim claim, String language) {
        StringBuilder text = new StringBuilder(Html.escape(String.format(Messages.get(language, "sources"),
                claim.textIn(language))));
        List<Source> sources = claim.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            text.append("\n[").append(i + 1).append("] <a href=\"").append(Html.escape(source.url())).append("\">")
                    .append(Html.escape(source.title())).append("</a> — ").append(Html.escape(source.publisher()))
                    .append(source.date().isEmpty() ? "" : ", " + Html.escape(source.date()))
                    .append(" — ").append(Html.escape(Messages.get(language, "stance." + source.stance().id())));
        }
        return Reply.text(text.toString());
    }

    /** The related claims as buttons, or null when the claim has none. */
    Reply related(Claim claim, String language) {
        List<List<Button>> rows = claim.related().stream()
                .flatMap(id -> knowledge().claim(id).stream())
                .map(related -> List.of(claimButton(related, language))).toList();
        return rows.isEmpty() ? null : new Reply(Html.escape(Messages.get(language, "related")), rows);
    }

    Reply topics(String language) {
        List<List<Button>> rows = knowledge().topics().stream()
                .map(topic -> List.of(topicButton(topic, language))).toList();
        return new Reply(Html.escape(Messages.get(language, "topics")), rows);
    }

    Reply topic(Topic topic, String language) {
        List<List<Button>> rows = knowledge().claimsOf(topic.id()).stream()
                .map(claim -> List.of(claimButton(claim, language))).toList();
        return new Reply(Html.escape(String.format(Messages.get(language, "topic.claims"), topic.name(language))), rows);
    }

    /** Sources, Related and the other language on one row; 👍 and 👎 on the next. */
    private static List<List<Button>> claimButtons(Claim claim, String language) {
        String other = Messages.otherLanguage(language);
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(
                new Button(Messages.get(language, "button.sources"), Callbacks.data(Callbacks.SOURCES, claim.id(), language)),
                new Button(Messages.get(language, "button.related"), Callbacks.data(Callbacks.RELATED, claim.id(), language)),
                new Button(Messages.get(language, "button.other-language"),
                        Callbacks.data(Callbacks.OTHER_LANGUAGE, claim.id(), other))));
        rows.add(List.of(
                new Button("👍", Callbacks.data(Callbacks.FEEDBACK, claim.id(), "up")),
                new Button("👎", Callbacks.data(Callbacks.FEEDBACK, claim.id(), "down"))));
        return rows;
    }

    static Button claimButton(Claim claim, String language) {
        return new Button(shorten(claim.textIn(language)), Callbacks.data(Callbacks.CLAIM, claim.id()));
    }

    private static Button topicButton(Topic topic, String language) {
        return new Button(topic.name(language), Callbacks.data(Callbacks.TOPIC, topic.id()));
    }

    static String shorten(String text) {
        return shorten(text, BUTTON_LABEL_LENGTH);
    }

    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).strip() + "…";
    }
}
