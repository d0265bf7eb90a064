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
 * Turns a question or a text into an {@link Answer}, and renders every reply the bot gives (Telegram HTML, every
 * user and knowledge string escaped). Every reply names the checked claim before its verdict, so that nobody
 * reads "❌ False" as the answer to another question. The full answer (one claim) fits a phone screen; a text
 * that makes several claims gets them listed, a page of {@value #PAGE} at a time; a group gets compact replies
 * with the full answer one tap away; a miss says so honestly and names the nearest topics.
 */
public final class Answerer {
    static final int MAX_SOURCES = 3;
    static final int MAX_TOPICS = 3;
    /** Findings listed on one page of a private reply. */
    public static final int PAGE = 8;
    /** About what a phone shows without scrolling, in visible characters. */
    static final int SCREEN = 700;
    /** A group reply stays this short. */
    static final int COMPACT = 400;
    static final int COMPACT_FINDINGS = 3;
    static final int CLAIM_LINE = 90;
    static final int QUOTE_LENGTH = 120;

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

    public Answer answer(String question, String language) {
        return answer(question, language, null);
    }

    /**
     * Answers in {@code language}, or in the text's own language when it is null: the full answer for the one
     * checked claim a text makes, the first page of the list when it makes several, or the honest miss.
     * {@code origin} names where the text came from (a file, a page), shown first; null for typed text.
     */
    public Answer answer(String text, String language, String origin) {
        MatchResult match = matcher.match(text);
        String replyLanguage = language != null ? language : match.language();
        List<Finding> findings = match.findings();
        String reply = switch (findings.size()) {
            case 0 -> renderMiss(text, match, replyLanguage);
            case 1 -> render(findings.get(0).claim(), replyLanguage);
            default -> renderFindings(findings, replyLanguage, 0);
        };
        return new Answer(text, replyLanguage, match, originLine(origin) + reply, origin);
    }

    /** The line that names where a text came from, first in its reply; empty for typed text. */
    public static String originLine(String origin) {
        return origin == null || origin.isBlank() ? "" : "<b>" + Html.escape(origin) + "</b>\n";
    }

    /**
     * The full answer for a claim, as a private chat shows it: the claim, its verdict, the summary (cut at a
     * sentence when it would not fit a phone screen: {@link #renderMore} has it whole), and up to three sources.
     */
    public String render(Claim claim, String language) {
        String head = head(claim, language);
        String sources = sourcesLine(claim);
        int room = SCREEN - Html.visibleLength(head) - Html.visibleLength(sources) - 2;
        return head + Html.escape(fit(claim.summaryIn(language), room)) + "\n" + sources;
    }

    /** Whether the full answer had to cut the claim's summary, so that a "More" button is worth showing. */
    public boolean summaryCut(Claim claim, String language) {
        return !render(claim, language).contains(Html.escape(claim.summaryIn(language)));
    }

    /** The claim with its whole summary and every source's name. */
    public String renderMore(Claim claim, String language) {
        return head(claim, language) + Html.escape(claim.summaryIn(language));
    }

    /** A group's reply for one claim: the claim, the verdict and the first sentence of the summary. */
    public String renderCompact(Claim claim, String language) {
        String head = "🔎 «" + Html.escape(shorten(claim.textIn(language), 140)) + "»\n"
                + Messages.sign(claim.verdict()) + " <b>" + Html.escape(Messages.verdict(language, claim.verdict()))
                + "</b> — ";
        return head + Html.escape(fit(claim.summaryIn(language), COMPACT - Html.visibleLength(head)));
    }

    /**
     * One page of the list of the checked claims a text makes, in the text's order: for each the claim in a line,
     * then its verdict and the text's own words; past the page, how many more there are.
     */
    public String renderFindings(List<Finding> findings, String language, int page) {
        int from = page * PAGE;
        int to = Math.min(findings.size(), from + PAGE);
        StringBuilder reply = new StringBuilder(Html.escape(String.format(Messages.get(language, "findings"),
                findings.size())));
        for (int i = from; i < to; i++) {
            Finding finding = findings.get(i);
            Claim claim = finding.claim();
            reply.append("\n\n<b>").append(i + 1).append(".</b> «")
                    .append(Html.escape(shorten(claim.textIn(language), CLAIM_LINE))).append("»\n")
                    .append(Messages.sign(claim.verdict())).append(' ')
                    .append(Html.escape(Messages.verdict(language, claim.verdict()))).append(" · “")
                    .append(Html.escape(shorten(finding.quote(), QUOTE_LENGTH))).append("”");
        }
        if (to < findings.size()) {
            reply.append("\n\n").append(Html.escape(String.format(Messages.get(language, "findings.more"),
                    findings.size() - to)));
        }
        return reply.toString();
    }

    /**
     * A group's reply listing a text's checked claims compactly, each in a line, as many as fit
     * {@value #COMPACT} visible characters (at most {@value #COMPACT_FINDINGS}).
     */
    public CompactList renderCompactFindings(List<Finding> findings, String language) {
        StringBuilder reply = new StringBuilder("🔎 <b>").append(Html.escape(Messages.get(language, "findings.compact")))
                .append("</b>");
        int room = COMPACT - 60; // the line saying how many more
        int shown = 0;
        for (Finding finding : findings) {
            Claim claim = finding.claim();
            String line = "\n" + Messages.sign(claim.verdict()) + " "
                    + Html.escape(Messages.verdict(language, claim.verdict())) + " — «"
                    + Html.escape(shorten(claim.textIn(language), 70)) + "» — “"
                    + Html.escape(shorten(finding.quote(), 50)) + "”";
            if (shown == COMPACT_FINDINGS || (shown > 0 && Html.visibleLength(reply + line) > room)) {
                break;
            }
            reply.append(line);
            shown++;
        }
        if (findings.size() > shown) {
            reply.append('\n').append(Html.escape(String.format(Messages.get(language, "findings.more.compact"),
                    findings.size() - shown)));
        }
        return new CompactList(reply.toString(), shown);
    }

    /** A compact list's text, and how many of the findings (the first ones) it shows. */
    public record CompactList(String html, int shown) {
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

    private static String head(Claim claim, String language) {
        // A claim not yet written in the reader's language says so, in theirs, before it is shown in another.
        String fallback = claim.languageFor(language).equals(language) ? ""
                : "<i>" + Html.escape(Messages.get(language, "fallback." + claim.languageFor(language))) + "</i>\n";
        return fallback + "🔎 <b>" + Html.escape(Messages.get(language, "claim.checked")) + "</b> «"
                + Html.escape(claim.textIn(language)) + "»\n" + Messages.sign(claim.verdict()) + " <b>"
                + Html.escape(Messages.verdict(language, claim.verdict())) + "</b>\n";
    }

    private static String sourcesLine(Claim claim) {
        StringBuilder line = new StringBuilder();
        List<Source> sources = shownSources(claim);
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            line.append(i == 0 ? "" : " · ").append("[").append(i + 1).append("] <a href=\"")
                    .append(Html.escape(source.url())).append("\">").append(Html.escape(source.label())).append("</a>");
        }
        return line.toString();
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

    /** The text if it fits {@code room} characters, else its first sentences that do, else its first words + "…". */
    static String fit(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        int end = -1;
        for (int i = text.indexOf(". "); i >= 0 && i + 1 <= room - 2; i = text.indexOf(". ", i + 1)) { // room for " …"
            end = i + 1;
        }
        return end > 0 ? text.substring(0, end) + " …" : shorten(text, Math.max(20, room));
    }

    /** One line of at most {@code length} characters, cut at a word with "…". */
    public static String shorten(String text, int length) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= length) {
            return line;
        }
        int cut = line.lastIndexOf(' ', length - 1);
        return line.substring(0, cut > length / 2 ? cut : length - 1).strip() + "…";
    }
}
