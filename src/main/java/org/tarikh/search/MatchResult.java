package org.tarikh.search;

import java.util.List;
import java.util.Optional;

/**
 * What the matcher found for a question: the candidates best first, and whether the best one is clearly
 * about the question ({@code answered}). {@code confidence} (0-1) is the matcher's belief in the best
 * candidate; below the threshold the question gets no answer.
 */
public record MatchResult(String language, List<Candidate> candidates, double confidence, boolean answered) {

    public MatchResult {
        candidates = List.copyOf(candidates);
    }

    /** The claim to answer with, or empty when the bot must say it has no checked answer. */
    public Optional<Candidate> answer() {
        return answered ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Every candidate after the answer, or all of them for a miss. */
    public List<Candidate> alternatives() {
        return answered ? candidates.subList(1, candidates.size()) : candidates;
    }

    public float topScore() {
        return candidates.isEmpty() ? 0f : candidates.get(0).score();
    }
}
