package org.tarikh.search;

import org.tarikh.knowledge.Claim;

/**
 * A claim the index found for a question: its Lucene score (comparable only within one question) and
 * its coverage, the idf-weighted share of the question's content words that the claim's texts contain.
 */
public record Candidate(Claim claim, float score, double coverage) {
}
