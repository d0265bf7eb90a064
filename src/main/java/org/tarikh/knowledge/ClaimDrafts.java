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
        // The claim in full where the review names it (ours do: claimReviewed is its short form).
        String claimText = review.path("itemReviewed").path("name").asText(review.path("claimReviewed").asText()).strip();
        if (claimText.isEmpty()) {
            claimText = review.path("claimReviewed").asText().strip();
        }
        Optional<Verdict> verdict = ClaimReviews.verdictOf(review);
        if (claimText.isEmpty() || verdict.isEmpty()) {
            return Optional.empty();
        }
        String url = review.path("url").asText();
        String id = idOf(url, claimText);
        String language = review.path("inLanguage").asText("en");
        String publisher = review.path("author").path("name").asText("unknown publisher");

        Path file = dir.resolve(TOPIC).resolve(id + ".yaml");
        if (Files.exists(file)) {
            // The same claim reviewed in another language (our export has one review per language): one draft.
            @SuppressWarnings("unchecked")
            Map<String, Object> draft = YAML.readValue(file.toFile(), LinkedHashMap.class);
            inLanguage(draft, "claim", language, claimText);
            inLanguage(draft, "summary", language, review.path("reviewBody").asText("(summary to write)"));
            inLanguage(draft, "subject", language, List.of(claimText));
            inLanguage(draft, "questions", language, List.of(claimText));
            YAML.writeValue(file.toFile(), draft);
            return Optional.of(file);
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("id", id);
        draft.put("topic", TOPIC);
        draft.put("claim", new LinkedHashMap<>(Map.of(language, claimText)));
        // the maintainer writes the names people use
        draft.put("subject", new LinkedHashMap<>(Map.of(language, List.of(claimText))));
        JsonNode author = review.path("itemReviewed").path("author");
        String claimant = author.path("name").asText();
        if (!claimant.isBlank()) {
            String type = author.path("@type").asText();
            Map<String, String> structured = new LinkedHashMap<>();
            structured.put("name", claimant);
            structured.put("type", type.toLowerCase(Locale.ROOT));
            draft.put("claimant", type.equals("Person") || type.equals("Organization") ? structured : claimant);
        }
        draft.put("verdict", verdict.get().id());
        draft.put("summary", new LinkedHashMap<>(Map.of(language, review.path("reviewBody").asText("(summary to write)"))));
        draft.put("questions", new LinkedHashMap<>(Map.of(language, List.of(claimText))));
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

        Files.createDirectories(file.getParent());
        YAML.writeValue(file.toFile(), draft);
        return Optional.of(file);
    }

    @SuppressWarnings("unchecked")
    private static void inLanguage(Map<String, Object> draft, String field, String language, Object value) {
        Object byLanguage = draft.computeIfAbsent(field, f -> new LinkedHashMap<String, Object>());
        if (byLanguage instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).putIfAbsent(language, value);
        }
    }

    /**
     * The id a review's own url names (a page {@code .../en/claims/cpk-ban-2015.html}, or {@code ...#cpk-ban-2015}),
     * else one made of the claim's first words.
     */
    static String idOf(String url, String claimText) {
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("/claims/([a-z0-9-]{1,80})\\.html$").matcher(url);
        if (page.find()) {
            return page.group(1);
        }
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
