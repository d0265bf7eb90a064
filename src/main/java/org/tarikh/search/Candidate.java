package org.tarikh.search;

import org.tarikh.knowledge.Claim;

/**
 * A claim the matcher considered for a text, with its confidence: a claim whose subject the text names has the
 * confidence of its best stretch; a claim Lucene's ranking merely found near (shared words, no subject named) has 0.
 */
public record Candidate(Claim claim, double confidence, boolean named) {
}
