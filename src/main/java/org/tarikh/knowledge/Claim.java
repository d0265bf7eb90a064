package org.tarikh.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One checked claim, as written in {@code knowledge/<topic>/<id>.yaml}. Texts are keyed by language code;
 * English is always present. {@code subject} holds, per language, the names a text must use to be about the
 * claim (see knowledge/README.md, "The subject"). {@code shortText} holds, where the claim is long, the short form
 * ClaimReview shows; {@code appearance} where the claim was made, when that is known.
 */
public record Claim(
        String id,
        String topic,
        Map<String, String> text,
        Map<String, List<String>> subject,
        Claimant claimant,
        Verdict verdict,
        Map<String, String> summary,
        Map<String, List<String>> questions,
        List<String> keywords,
        List<Source> sources,
        List<String> related,
        LocalDate reviewed,
        Map<String, String> shortText,
        java.util.Optional<Appearance> appearance) {

    public Claim {
        text = Map.copyOf(text);
        subject = Map.copyOf(subject);
        summary = Map.copyOf(summary);
        questions = Map.copyOf(questions);
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        shortText = Map.copyOf(shortText);
    }

    /** The claim in a form short enough for ClaimReview's {@code claimReviewed} and a link preview. */
    public String shortTextIn(String language) {
        return shortText.getOrDefault(languageFor(language), textIn(language));
    }

    /** The languages claims are written in: English always, Russian expected, the region's languages welcome. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "ky", "tg");

    /**
     * The language a reader of {@code language} reads a claim in when it lacks theirs: Russian for Kazakh, Kyrgyz
     * and Tajik readers (and Russian's own), English for everyone else.
     */
    public static String fallbackFor(String language) {
        return List.of("kk", "ky", "tg").contains(language) ? "ru" : "en";
    }

    /** The language this claim is shown in to a reader of {@code language}: theirs if it has it, else the fallback. */
    public String languageFor(String language) {
        if (speaks(language)) {
            return language;
        }
        String fallback = fallbackFor(language);
        return speaks(fallback) ? fallback : "en";
    }

    /** The claim as a reader of {@code language} reads it (see {@link #languageFor}). */
    public String textIn(String language) {
        return text.getOrDefault(languageFor(language), text.get("en"));
    }

    public String summaryIn(String language) {
        return summary.getOrDefault(languageFor(language), summary.get("en"));
    }

    /** Whether the claim has its own text (claim and summary) in {@code language}. */
    public boolean speaks(String language) {
        return text.containsKey(language) && summary.containsKey(language);
    }
}
