package org.tarikh.bot;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answer;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.search.Candidate;
import org.tarikh.search.Finding;
import org.tarikh.store.Store;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Inline mode, {@code @bot text} in any chat: up to five checked claims — the ones a longer text makes, or those a
 * question names — each a ready-to-send answer with its sources; an empty query lists the claims asked most lately.
 */
final class InlineHandler {
    private static final Logger log = LoggerFactory.getLogger(InlineHandler.class);
    static final int MAX_RESULTS = 5;
    private static final int DESCRIPTION_LENGTH = 120;

    private final java.util.function.Supplier<Answerer> answerers;
    private final UserLanguages languages;
    private final Sender sender;
    private final Store store;

    InlineHandler(java.util.function.Supplier<Answerer> answerers, UserLanguages languages, Sender sender, Store store) {
        this.answerers = answerers;
        this.languages = languages;
        this.sender = sender;
        this.store = store;
    }

    void handle(InlineQuery query) {
        Answerer answerer = answerers.get();
        String text = query.getQuery() == null ? "" : query.getQuery().strip();
        String language = languages.of(query.getFrom().getId(), query.getFrom().getLanguageCode(), text);
        List<Claim> claims = text.isEmpty() ? popular(answerer.knowledge()) : matching(answerer, text, language);
        List<InlineQueryResult> results = new ArrayList<>();
        for (Claim claim : claims) {
            results.add(InlineQueryResultArticle.builder()
                    .id(claim.id())
                    .title(Messages.sign(claim.verdict()) + " " + Messages.verdict(language, claim.verdict()) + ": "
                            + claim.textIn(language))
                    .description(Replies.shorten(claim.summaryIn(language), DESCRIPTION_LENGTH))
                    .inputMessageContent(InputTextMessageContent.builder()
                            .messageText(answerer.render(claim, language)).parseMode(ParseMode.HTML)
                            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build())
                    .build());
        }
        sender.execute(AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(results).cacheTime(300).build());
    }

    /**
     * The claims the text makes, in its order, when it is a longer text; for a question, the claims whose subject
     * it names at the answer confidence, best first.
     */
    private static List<Claim> matching(Answerer answerer, String text, String language) {
        Answer answer = answerer.answer(text, language);
        if (answer.findings().size() > 1) {
            return answer.findings().stream().map(Finding::claim).limit(MAX_RESULTS).toList();
        }
        if (answer.claim().isEmpty()) {
            return List.of();
        }
        double threshold = answerer.matcher().answerThreshold();
        return answer.match().candidates().stream().filter(c -> c.confidence() >= threshold)
                .map(Candidate::claim).limit(MAX_RESULTS).toList();
    }

    /** The claims answered most in the last month, topped up in id order. */
    private List<Claim> popular(KnowledgeBase knowledge) {
        Set<Claim> claims = new LinkedHashSet<>();
        try {
            store.topClaims(Instant.now().minus(Duration.ofDays(30)), MAX_RESULTS)
                    .forEach(c -> knowledge.claim(c.claimId()).ifPresent(claims::add));
        } catch (SQLException e) {
            log.warn("could not read the popular claims: {}", e.toString());
        }
        knowledge.claims().stream().limit(MAX_RESULTS).forEach(claims::add);
        return claims.stream().limit(MAX_RESULTS).toList();
    }
}
