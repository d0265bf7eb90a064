package org.tarikh.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Source;
import org.tarikh.knowledge.Topic;
import org.tarikh.search.Candidate;
import org.tarikh.search.Finding;
import org.tarikh.search.MatchResult;
import org.tarikh.search.Matcher;

/**
 * Turns a question into an {@link Answer}: matches it, then renders the reply once for every channel —
 * verdict with its sign, the claim, the summary and up to three numbered sources, or an honest miss that
 * names the nearest topics. Validation bounds every text a reply is built from, so a reply stays far
 * below Telegram's 4096 characters.
 */
public final class Answerer {
    static final int MAX_SOURCES = 3;
    static final int MAX_TOPICS = 3;
    /** A claim in a list of findings fits one line of a phone screen; its quote two. */
    static final int CLAIM_LINE = 90;
    static final int QUOTE_LENGTH = 140;

    private final Matcher matcher;

    public Answerer(Matcher matcher) {
        this.matcher = matcher;
    }

    public Matcher matcher() {
        return matcher;
    }

    public KnowledgeBase knowledge() {
        return matcher.index().knowledge();
    }

    /** Answers in the question's own language. */
    public Answer answer(String question) {
        return answer(question, null);
    }

    /**
     * Answers in {@code language}, or in the question's own language when it is null: the full answer for the one
     * checked claim a text makes, a list of them when it makes several, or the honest miss.
     */
    public Answer answer(String question, String language) {
        MatchResult match = matcher.match(question);
        String replyLanguage = language != null ? language : match.language();
        List<Finding> findings = match.findings();
        String reply = switch (findings.size()) {
            case 0 -> renderMiss(question, match, replyLanguage);
            case 1 -> render(findings.get(0).claim(), replyLanguage);
            default -> renderFindings(findings, replyLanguage);
        };
        return new Answer(question, replyLanguage, match, reply);
    }

    /**
     * The reply for a text that makes several checked claims: each, in the text's order, with its verdict's sign
     * and word, the claim in one line, and the text's own words that make it.
     */
    public String renderFindings(List<Finding> findings, String language) {
        StringBuilder reply = new StringBuilder(Html.escape(String.format(Messages.get(language, "findings"),
                findings.size())));
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Claim claim = finding.claim();
            reply.append("\n\n").append(i + 1).append(". ").append(Messages.sign(claim.verdict())).append(" <b>")
                    .append(Html.escape(Messages.verdict(language, claim.verdict()))).append("</b> — «")
                    .append(Html.escape(shorten(claim.textIn(language), CLAIM_LINE))).append("»\n")
                    .append(Html.escape(Messages.get(language, "findings.quote"))).append(" “")
                    .append(Html.escape(shorten(finding.quote(), QUOTE_LENGTH))).append("”");
        }
        return reply.toString();
    }

    static String shorten(String text, int length) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1).strip() + "…";
    }

    /** The reply for a claim, as a Telegram user sees it. */
    public String render(Claim claim, String language) {
        StringBuilder reply = new StringBuilder();
        reply.append(Messages.sign(claim.verdict())).append(" <b>")
                .append(Html.escape(Messages.verdict(language, claim.verdict()))).append("</b>\n");
        reply.append("«").append(Html.escape(claim.textIn(language))).append("»\n");
        reply.append(Html.escape(claim.summaryIn(language))).append('\n');
        List<Source> sources = shownSources(claim);
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            reply.append(i == 0 ? "" : " · ").append("[").append(i + 1).append("] <a href=\"")
                    .append(Html.escape(source.url())).append("\">").append(Html.escape(source.label())).append("</a>");
        }
        return reply.toString().strip();
    }

    private String renderMiss(String question, MatchResult match, String language) {
        if (question.isBlank()) {
            return Html.escape(Messages.get(language, "miss.empty"));
        }
        StringBuilder reply = new StringBuilder("🤷 ").append(Html.escape(match.sentences() > 1
                ? String.format(Messages.get(language, "miss.text"), match.sentences())
                : Messages.get(language, "miss")));
        List<String> topics = nearestTopics(match).stream().map(t -> t.name(language)).toList();
        if (!topics.isEmpty()) {
            reply.append('\n').append(Html.escape(Messages.get(language, "miss.topics"))).append(": ")
                    .append(Html.escape(String.join(" · ", topics)));
        }
        return reply.toString();
    }

    /** The topics of the nearest candidates, at most three. */
    public List<Topic> nearestTopics(MatchResult match) {
        Set<Topic> topics = new LinkedHashSet<>();
        for (Candidate candidate : match.candidates()) {
            if (topics.size() < MAX_TOPICS) {
                topics.add(knowledge().topic(candidate.claim().topic()));
            }
        }
        return List.copyOf(topics);
    }

    /**
     * At most three sources in their file order, taking first the first source of each stance so that a
     * countering source is shown whenever the claim has one.
     */
    static List<Source> shownSources(Claim claim) {
        List<Source> chosen = new ArrayList<>();
        Set<Object> stances = new LinkedHashSet<>();
        for (Source source : claim.sources()) {
            if (chosen.size() < MAX_SOURCES && stances.add(source.stance())) {
                chosen.add(source);
            }
        }
        for (Source source : claim.sources()) {
            if (chosen.size() < MAX_SOURCES && !chosen.contains(source)) {
                chosen.add(source);
            }
        }
        return claim.sources().stream().filter(chosen::contains).toList();
    }
}
