package org.tarikh.answer;

import java.util.Optional;
import org.tarikh.knowledge.Claim;
import org.tarikh.search.MatchResult;

/** A question, what the matcher made of it, and the reply text every channel sends (Telegram HTML). */
public record Answer(String question, String language, MatchResult match, String reply) {

    /** The claim answered with; empty for a miss. */
    public Optional<Claim> claim() {
        return match.answer().map(c -> c.claim());
    }
}
