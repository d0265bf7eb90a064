package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.ClaimReviews;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Source;
import org.tarikh.knowledge.Topic;
import org.tarikh.search.Finding;
import org.tarikh.store.Store;

/**
 * Builds the bot's messages, with their buttons, from answers, claims and topics: in a private chat the full
 * answer (Sources, More, Related, the other language, 👍/👎), or a list of a text's findings with a button for
 * each and pages past {@value Answerer#PAGE}; in a group compact replies whose buttons open the full answer in
 * a private chat.
 */
final class Replies {
    private static final Logger log = LoggerFactory.getLogger(Replies.class);
    /** Telegram shows about this many characters on a button. */
    private static final int BUTTON_LABEL_LENGTH = 60;

    private final Supplier<Answerer> answerers;
    private final Store store;
    private final String botUsername;
    private final String siteUrl;

    /**
     * {@code answerers} gives the answerer in service; each reply uses one, even if a reload swaps it. With a
     * {@code siteUrl} (blank: none), each answer links to its claim's page there.
     */
    Replies(Supplier<Answerer> answerers, Store store, String botUsername, String siteUrl) {
        this.answerers = answerers;
        this.store = store;
        this.botUsername = botUsername;
        this.siteUrl = siteUrl;
    }

    KnowledgeBase knowledge() {
        return answerers.get().knowledge();
    }

    /** The confidence auto mode needs, from the calibration in service. */
    double autoThreshold() {
        return answerers.get().matcher().autoThreshold();
    }

    Answer ask(String text, String language) {
        return answerers.get().answer(text, language);
    }

    /** Answers a text that came from {@code origin} (a file's name, a page's title), named first in the reply. */
    Answer ask(String text, String language, String origin) {
        return answerers.get().answer(text, language, origin);
    }

    /**
     * The private reply to a question or a text: the claim with its buttons, the list of a text's findings with
     * a button for each (and the next page's), or the miss with the nearest topics.
     */
    Reply answer(Answer answer) {
        List<Finding> findings = answer.findings();
        String language = answer.language();
        if (findings.isEmpty()) {
            return new Reply(answer.reply(), answerers.get().nearestTopics(answer.match()).stream()
                    .map(topic -> List.of(topicButton(topic, language))).toList());
        }
        if (findings.size() == 1) {
            return new Reply(answer.reply(), claimButtons(findings.get(0).claim(), language));
        }
        long listing = findings.size() > Answerer.PAGE ? saveListing(findings) : 0;
        return new Reply(answer.reply(), listingButtons(findings, 0, listing, language));
    }

    /** A page of a listed text's findings, or null when the listing was forgotten. */
    Reply page(long listing, int page, String language) {
        List<Finding> findings = new ArrayList<>();
        try {
            for (Store.Listed listed : store.listing(listing)) {
                knowledge().claim(listed.claimId()).ifPresent(claim -> findings.add(new Finding(claim, 0, 0, 0,
                        listed.quote(), null)));
            }
        } catch (SQLException e) {
            log.warn("could not read a listing: {}", e.toString());
        }
        if (findings.isEmpty() || page * Answerer.PAGE >= findings.size()) {
            return null;
        }
        return new Reply(answerers.get().renderFindings(findings, language, page),
                listingButtons(findings, page, listing, language));
    }

    /** A group's compact reply, threaded under the message it answers, with the full answer a tap away. */
    Reply group(Answer answer) {
        List<Finding> findings = answer.findings();
        String language = answer.language();
        String origin = Answerer.originLine(answer.origin());
        if (findings.isEmpty()) {
            return Reply.text(origin + "🤷 " + Html.escape(Messages.get(language, "miss")));
        }
        if (findings.size() == 1) {
            Claim claim = findings.get(0).claim();
            return new Reply(origin + answerers.get().renderCompact(claim, language),
                    List.of(List.of(Button.link(Messages.get(language, "button.full-answer"), deepLink(claim)))));
        }
        Reply list = compactFindings(findings, language);
        return new Reply(origin + list.html(), list.buttons());
    }

    /** The compact list of a message's findings, each with a button to its full answer in a private chat. */
    Reply compactFindings(List<Finding> findings, String language) {
        Answerer.CompactList list = answerers.get().renderCompactFindings(findings, language);
        List<List<Button>> rows = findings.subList(0, list.shown()).stream()
                .map(f -> List.of(Button.link(shorten(f.claim().textIn(language)), deepLink(f.claim())))).toList();
        return new Reply(list.html(), rows);
    }

    Reply claim(Claim claim, String language) {
        return new Reply(answerers.get().render(claim, language), claimButtons(claim, language));
    }

    /** The claim's whole summary, for its More button. */
    Reply more(Claim claim, String language) {
        return Reply.text(answerers.get().renderMore(claim, language));
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

    private long saveListing(List<Finding> findings) {
        try {
            return store.saveListing(findings.stream().map(f -> new Store.Listed(f.claim().id(),
                    Answerer.shorten(f.quote(), 300))).toList(), Instant.now());
        } catch (SQLException e) {
            log.warn("could not keep a listing for its next page: {}", e.toString());
            return 0;
        }
    }

    /** One button per finding on the page, numbered as the list is, then the next page's (when there is one). */
    private static List<List<Button>> listingButtons(List<Finding> findings, int page, long listing, String language) {
        List<List<Button>> rows = new ArrayList<>();
        int from = page * Answerer.PAGE;
        int to = Math.min(findings.size(), from + Answerer.PAGE);
        for (int i = from; i < to; i++) {
            Claim claim = findings.get(i).claim();
            rows.add(List.of(new Button(shorten((i + 1) + ". " + claim.textIn(language)),
                    Callbacks.data(Callbacks.CLAIM, claim.id()))));
        }
        if (to < findings.size() && listing > 0) {
            rows.add(List.of(new Button(Messages.get(language, "button.next"),
                    Callbacks.data(Callbacks.PAGE, Long.toString(listing), Integer.toString(page + 1)))));
        }
        return rows;
    }

    /** Sources, More (when the summary was cut), Related and the other language; 👍 and 👎 below. */
    private List<List<Button>> claimButtons(Claim claim, String language) {
        String other = Messages.otherLanguage(language);
        List<Button> first = new ArrayList<>();
        first.add(new Button(Messages.get(language, "button.sources"), Callbacks.data(Callbacks.SOURCES, claim.id(), language)));
        if (answerers.get().summaryCut(claim, language)) {
            first.add(new Button(Messages.get(language, "button.more"), Callbacks.data(Callbacks.MORE, claim.id(), language)));
        }
        first.add(new Button(Messages.get(language, "button.related"), Callbacks.data(Callbacks.RELATED, claim.id(), language)));
        first.add(new Button(Messages.get(language, "button.other-language"),
                Callbacks.data(Callbacks.OTHER_LANGUAGE, claim.id(), other)));
        List<Button> second = new ArrayList<>();
        if (!siteUrl.isBlank()) {
            String pageLanguage = ClaimReviews.languages(claim).contains(language) ? language : "en";
            second.add(new Button(Messages.get(language, "button.read-more"), null,
                    ClaimReviews.pageUrl(siteUrl, claim.id(), pageLanguage)));
        }
        second.add(new Button("👍", Callbacks.data(Callbacks.FEEDBACK, claim.id(), "up")));
        second.add(new Button("👎", Callbacks.data(Callbacks.FEEDBACK, claim.id(), "down")));
        return List.of(first, second);
    }

    /** A link that opens the claim's full answer in a private chat with the bot (/start with the claim's id). */
    private String deepLink(Claim claim) {
        return "https://t.me/" + botUsername + "?start=" + claim.id();
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
        return Answerer.shorten(text, length);
    }
}
