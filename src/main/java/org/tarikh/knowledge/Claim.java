package org.tarikh.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One checked claim, as written in {@code knowledge/<topic>/<id>.yaml}. Texts are keyed by language code;
 * English is always present. {@code subject} holds, per language, the names a text must use to be about the
 * claim (see knowledge/README.md, "The subject").
 */
public record Claim(
        String id,
        String topic,
        Map<String, String> text,
        Map<String, List<String>> subject,
        String claimant,
        Verdict verdict,
        Map<String, String> summary,
        Map<String, List<String>> questions,
        List<String> keywords,
        List<Source> sources,
        List<String> related,
        LocalDate reviewed) {

    public Claim {
        text = Map.copyOf(text);
        subject = Map.copyOf(subject);
        summary = Map.copyOf(summary);
        questions = Map.copyOf(questions);
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    /** The claim in {@code language}, or in English when it has no text in that language. */
    public String textIn(String language) {
        return text.getOrDefault(language, text.get("en"));
    }

    public String summaryIn(String language) {
        return summary.getOrDefault(language, summary.get("en"));
    }

    /** Whether the claim has its own text (claim and summary) in {@code language}. */
    public boolean speaks(String language) {
        return text.containsKey(language) && summary.containsKey(language);
    }
}
