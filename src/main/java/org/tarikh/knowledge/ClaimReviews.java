package org.tarikh.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Claims as schema.org ClaimReview JSON-LD, the format fact-checkers exchange (and Google reads), and back:
 * the fields schema.org and Google's ClaimReview documentation name, with the verdict on the 1-5 scale
 * where it has a place there and always by name ({@code alternateName}).
 */
public final class ClaimReviews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Other fact-checkers' rating names for the verdicts they mean here. */
    private static final Map<String, Verdict> RATING_NAMES = Map.ofEntries(
            Map.entry("true", Verdict.ACCURATE), Map.entry("correct", Verdict.ACCURATE),
            Map.entry("mostly true", Verdict.MOSTLY_ACCURATE), Map.entry("mostly correct", Verdict.MOSTLY_ACCURATE),
            Map.entry("half true", Verdict.MIXED), Map.entry("partly true", Verdict.MIXED),
            Map.entry("partly false", Verdict.MIXED), Map.entry("mostly false", Verdict.MISLEADING),
            Map.entry("missing context", Verdict.MISLEADING), Map.entry("incorrect", Verdict.FALSE),
            Map.entry("pants on fire", Verdict.FALSE), Map.entry("fake", Verdict.FALSE),
            Map.entry("unproven", Verdict.UNVERIFIABLE));

    /**
     * Who publishes the reviews: {@code author} of every ClaimReview; {@code siteUrl} is where the claims' pages
     * are published ({@code tarikh site}), each review's {@code url}.
     */
    public record Publisher(String name, String url, String siteUrl) {
    }

    private ClaimReviews() {
    }

    /** The address of a claim's page in a language, as {@code tarikh site} writes it under {@code siteUrl}. */
    public static String pageUrl(String siteUrl, String claimId, String language) {
        return siteUrl.replaceAll("/+$", "") + "/" + pagePath(claimId, language);
    }

    /** The path of a claim's page within the site. */
    public static String pagePath(String claimId, String language) {
        return language + "/claims/" + claimId + ".html";
    }

    /** The languages a claim is reviewed in: English first, then every other it has its own texts in. */
    public static List<String> languages(Claim claim) {
        List<String> languages = new ArrayList<>(List.of("en"));
        claim.text().keySet().stream().sorted().filter(l -> !l.equals("en") && claim.speaks(l)).forEach(languages::add);
        return languages;
    }

    /**
     * The ClaimReview of {@code claim} in {@code language}; {@code verdictName} is the verdict as readers of that
     * language see it ("False", "Неверно").
     */
    public static ObjectNode toClaimReview(Claim claim, String language, String verdictName, Publisher publisher) {
        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", pageUrl(publisher.siteUrl(), claim.id(), language));
        review.put("claimReviewed", claim.shortTextIn(language));
        review.put("reviewBody", claim.summaryIn(language));
        review.put("datePublished", claim.reviewed().toString());
        review.put("inLanguage", language);
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", publisher.name());
        author.put("url", publisher.url());
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        // Verdicts off the 1-5 scale (disputed, unverifiable, opinion) carry only their names, as Google allows.
        claim.verdict().rating().ifPresent(value -> rating.put("ratingValue", value).put("bestRating", 5).put("worstRating", 1));
        rating.put("alternateName", verdictName);
        rating.put("name", name(claim.verdict()));
        ObjectNode item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        item.put("name", claim.textIn(language));
        if (claim.claimant().isAuthor()) {
            ObjectNode claimant = item.putObject("author");
            claimant.put("@type", claim.claimant().type() == Claimant.Type.PERSON ? "Person" : "Organization");
            claimant.put("name", claim.claimant().name());
            if (!claim.claimant().url().isEmpty()) {
                claimant.put("url", claim.claimant().url());
            }
        }
        claim.appearance().ifPresent(appearance -> {
            if (!appearance.date().isEmpty()) {
                item.put("datePublished", appearance.date());
            }
            ObjectNode work = item.putObject("firstAppearance");
            work.put("@type", "CreativeWork");
            work.put("name", appearance.name());
            if (!appearance.url().isEmpty()) {
                work.put("url", appearance.url());
            }
            item.putArray("appearance").add(work.deepCopy());
        });
        return review;
    }

    /** The verdict's name as a ClaimReview shows it: {@code mostly-accurate} is "Mostly accurate". */
    static String name(Verdict verdict) {
        String words = verdict.id().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The ClaimReviews in a JSON-LD document: one object, an array, or a schema.org DataFeed. */
    public static List<JsonNode> reviewsIn(JsonNode document) {
        List<JsonNode> reviews = new ArrayList<>();
        collect(document, reviews);
        return reviews;
    }

    private static void collect(JsonNode node, List<JsonNode> reviews) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, reviews));
        } else if (node.isObject()) {
            String type = node.path("@type").asText();
            if (type.equals("ClaimReview")) {
                reviews.add(node);
            } else if (type.equals("DataFeed")) {
                collect(node.path("dataFeedElement"), reviews);
            } else if (type.equals("DataFeedItem")) {
                collect(node.path("item"), reviews);
            }
        }
    }

    /** The verdict a review's rating means: by its name if known, else by its value on its own scale. */
    public static Optional<Verdict> verdictOf(JsonNode review) {
        JsonNode rating = review.path("reviewRating");
        // Ours name the verdict in English in `name` and in the review's language in `alternateName`.
        for (String field : List.of("alternateName", "name")) {
            String name = rating.path(field).asText().strip().toLowerCase(Locale.ROOT);
            Optional<Verdict> byName = Verdict.fromId(name.replace(' ', '-'));
            if (byName.isPresent()) {
                return byName;
            }
            if (RATING_NAMES.containsKey(name)) {
                return Optional.of(RATING_NAMES.get(name));
            }
        }
        if (!rating.has("ratingValue")) {
            return Optional.empty();
        }
        double worst = rating.path("worstRating").asDouble(1);
        double best = rating.path("bestRating").asDouble(5);
        double value = rating.path("ratingValue").asDouble();
        long onOurScale = best == worst ? 3 : Math.round(1 + 4 * (value - worst) / (best - worst));
        return java.util.Arrays.stream(Verdict.values())
                .filter(v -> v.rating().isPresent() && v.rating().getAsInt() == onOurScale).findFirst();
    }
}
