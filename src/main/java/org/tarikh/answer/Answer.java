package org.tarikh.answer;

import java.util.List;
import java.util.Optional;
import org.tarikh.knowledge.Claim;
import org.tarikh.search.Finding;
import org.tarikh.search.MatchResult;

/**
 * A question or a text, what the matcher made of it, and the reply text every channel sends (Telegram HTML);
 * {@code origin} names where the text came from (a file, a page), or is null for typed text.
 */
public record Answer(String question, String language, MatchResult match, String reply, String origin) {

    /** The claim answered with: the one finding, or the most confident of several; empty for a miss. */
    public Optional<Claim> claim() {
        return match.best().map(Finding::claim);
    }

    /** Every checked claim the text makes, in the text's order. */
    public List<Finding> findings() {
        return match.findings();
    }
}
