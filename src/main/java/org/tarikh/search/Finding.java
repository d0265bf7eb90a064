package org.tarikh.search;

import org.tarikh.knowledge.Claim;

/**
 * One checked claim a text makes: the claim, the matcher's confidence that the text makes it, and the text's own
 * words that do, as characters {@code start} (inclusive) to {@code end} (exclusive) and as {@code quote}.
 */
public record Finding(Claim claim, double confidence, int start, int end, String quote, Features features) {
}
