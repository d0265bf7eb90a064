package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.store.Store;

/**
 * {@code /stats}, for maintainers (see {@link AdminOnly}): questions answered and missed today (UTC) and in
 * the last seven days, the claims asked most, readers' 👍/👎 per claim, and the knowledge in service.
 */
final class StatsCommand implements ChatCommand {
    private static final int TOP = 5;

    private final Replies replies;
    private final Store store;

    StatsCommand(Replies replies, Store store) {
        this.replies = replies;
        this.store = store;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String description(String language) {
        return language.equals("ru") ? "Статистика (для сопровождающих)" : "Statistics (maintainers)";
    }

    @Override
    public Reply reply(Request request) {
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant week = Instant.now().minus(Duration.ofDays(7));
        KnowledgeBase knowledge = replies.knowledge();
        try {
            String top = store.topClaims(week, TOP).stream().map(c -> c.claimId() + " (" + c.count() + ")")
                    .collect(Collectors.joining(", "));
            String feedback = store.feedback().stream().limit(TOP)
                    .map(f -> f.claimId() + " 👍" + f.helpful() + " 👎" + f.unhelpful()).collect(Collectors.joining(", "));
            return Reply.text(Html.escape(String.join("\n",
                    "Today: " + store.answeredSince(today) + " answered, " + store.unansweredSince(today) + " missed",
                    "Last 7 days: " + store.answeredSince(week) + " answered, " + store.unansweredSince(week) + " missed",
                    "Top claims (7 days): " + (top.isEmpty() ? "none" : top),
                    "Feedback, least helpful first: " + (feedback.isEmpty() ? "none" : feedback),
                    "Knowledge: " + knowledge.version() + ", " + knowledge.claims().size() + " claims")));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store failed", e);
        }
    }
}
