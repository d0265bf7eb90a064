package org.tarikh.knowledge;

/**
 * Where a claim was made: the work's name, its address when it has a public one, and when it appeared (both may
 * be blank). ClaimReview's {@code firstAppearance}.
 */
public record Appearance(String name, String url, String date) {
}
