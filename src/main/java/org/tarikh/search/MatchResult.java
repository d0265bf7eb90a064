package org.tarikh.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the matcher made of a text: its language, how many sentences it read, the {@link Finding}s (one per
 * checked claim the text makes, in the text's order; at most one for a question), and the candidates it
 * considered, most likely first, for "nearest topics" and alternatives.
 */
public record MatchResult(String language, int sentences, List<Finding> findings, List<Candidate> candidates) {

    public MatchResult {
        findings = List.copyOf(findings);
        candidates = List.copyOf(candidates);
    }

    /** The most confident finding: the answer to a question; empty when the text makes no checked claim. */
    public Optional<Finding> best() {
        return findings.stream().max(Comparator.comparingDouble(Finding::confidence));
    }

    /** The confidence of the best finding, else of the best candidate. */
    public double confidence() {
        return best().map(Finding::confidence)
                .orElse(candidates.isEmpty() ? 0 : candidates.get(0).confidence());
    }

    /** Every candidate but the findings' claims. */
    public List<Candidate> alternatives() {
        return candidates.stream()
                .filter(c -> findings.stream().noneMatch(f -> f.claim().id().equals(c.claim().id()))).toList();
    }
}
