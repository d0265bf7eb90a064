package org.tarikh.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an imported ClaimReview into a draft knowledge file. Every draft carries a {@value #REVIEW_FIELD} line,
 * which {@code validate} refuses until a maintainer has checked the draft and deleted that line.
 */
public final class ClaimDrafts {
    public static final String REVIEW_FIELD = "review";
    static final String TOPIC = "imported";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private ClaimDrafts() {
    }

    /** Writes the draft of {@code review} under {@code dir}/imported/; returns its path, or empty if unusable. */
    public static Optional<Path> write(JsonNode review, Path dir, LocalDate today) throws IOException {
        String claimText = review.path("claimReviewed").asText().strip();
        Optional<Verdict> verdict = ClaimReviews.verdictOf(review);
        if (claimText.isEmpty() || verdict.isEmpty()) {
            return Optional.empty();
        }
        String url = review.path("url").asText();
        String id = idOf(url, claimText);
        String language = review.path("inLanguage").asText("en");
        String publisher = review.path("author").path("name").asText("unknown publisher");

        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("id", id);
        draft.put("topic", TOPIC);
        draft.put("claim", Map.of("en", claimText));
        draft.put("subject", Map.of("en", List.of(claimText))); // the maintainer writes the names people use
        String claimant = review.path("itemReviewed").path("author").path("name").asText();
        if (!claimant.isBlank()) {
            draft.put("claimant", claimant);
        }
        draft.put("verdict", verdict.get().id());
        draft.put("summary", Map.of("en", review.path("reviewBody").asText("(summary to write)")));
        draft.put("questions", Map.of("en", List.of(claimText)));
        draft.put("keywords", List.of());
        Map<String, String> source = new LinkedHashMap<>();
        source.put("title", "Fact-check: " + claimText);
        source.put("url", url);
        source.put("publisher", publisher);
        source.put("date", review.path("datePublished").asText());
        source.put("lang", language);
        source.put("stance", "context");
        draft.put("sources", List.of(source));
        draft.put(REVIEW_FIELD, "imported from ClaimReview by " + publisher + " on " + today);
        draft.put("reviewed", today.toString());

        Path file = dir.resolve(TOPIC).resolve(id + ".yaml");
        Files.createDirectories(file.getParent());
        YAML.writeValue(file.toFile(), draft);
        return Optional.of(file);
    }

    /** The id a review's own url names ({@code ...#cpk-ban-2015}), else one made of the claim's first words. */
    static String idOf(String url, String claimText) {
        int hash = url.lastIndexOf('#');
        if (hash >= 0 && url.substring(hash + 1).matches("[a-z0-9-]{1,50}")) {
            return url.substring(hash + 1);
        }
        String slug = String.join("-", java.util.Arrays.stream(
                        claimText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{IsLatin}\\p{N}]+", " ").strip().split(" "))
                .limit(6).toList());
        return slug.isEmpty() ? "imported-claim" : slug;
    }
}
