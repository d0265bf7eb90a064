package org.tarikh.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewsTest {
    static final ClaimReviews.Publisher PUBLISHER =
            new ClaimReviews.Publisher("Tarikh", "https://example.org/tarikh", "https://tarikh.example.org/");
    static final ObjectMapper JSON = new ObjectMapper();
    static KnowledgeBase knowledge;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        knowledge = new KnowledgeLoader().load(Path.of("src/test/resources/fixture")).knowledge();
    }

    @Test
    void exportsTheFieldsGoogleAndSchemaOrgNameForEachLanguage() {
        Claim theatres = knowledge.claim("tajik-theatres").orElseThrow();
        assertThat(ClaimReviews.languages(theatres)).containsExactly("en", "ru");
        ObjectNode review = ClaimReviews.toClaimReview(theatres, "ru", "В основном верно", PUBLISHER);

        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.path("url").asText()).isEqualTo("https://tarikh.example.org/ru/claims/tajik-theatres.html");
        assertThat(review.path("claimReviewed").asText()).isEqualTo(theatres.shortTextIn("ru")).hasSizeLessThanOrEqualTo(75);
        assertThat(review.path("datePublished").asText()).isEqualTo("2026-11-20");
        assertThat(review.path("inLanguage").asText()).isEqualTo("ru");
        assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asText()).isEqualTo("Tarikh");
        JsonNode rating = review.path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(4);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.path("alternateName").asText()).isEqualTo("В основном верно");
        assertThat(rating.path("name").asText()).isEqualTo("Mostly accurate");
        JsonNode item = review.path("itemReviewed");
        assertThat(item.path("@type").asText()).isEqualTo("Claim");
        assertThat(item.path("name").asText()).isEqualTo(theatres.textIn("ru"));
        assertThat(item.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(item.path("author").path("name").asText()).isEqualTo("Example Weekly");
        assertThat(item.path("datePublished").asText()).isEqualTo("2023-05-02");
        assertThat(item.path("firstAppearance").path("url").asText()).isEqualTo("https://example.org/weekly/2023/05/02");
        assertThat(item.path("appearance").get(0).path("@type").asText()).isEqualTo("CreativeWork");
    }

    @Test
    void aClaimantOnlyDescribedIsNoAuthor() {
        ObjectNode review = ClaimReviews.toClaimReview(knowledge.claim("kazakh-famine").orElseThrow(), "en", "False",
                PUBLISHER);

        assertThat(review.path("itemReviewed").has("author")).isFalse();
    }

    @Test
    void verdictsOffTheScaleHaveANameButNoValue() {
        Claim claim = knowledge.claim("kazakh-famine").orElseThrow();
        Claim disputed = new Claim(claim.id(), claim.topic(), claim.text(), claim.subject(), claim.claimant(),
                Verdict.DISPUTED, claim.summary(), claim.questions(), claim.keywords(), claim.sources(), claim.related(),
                claim.reviewed(), claim.shortText(), claim.appearance());

        JsonNode rating = ClaimReviews.toClaimReview(disputed, "en", "Disputed among historians", PUBLISHER)
                .path("reviewRating");

        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.path("alternateName").asText()).isEqualTo("Disputed among historians");
        assertThat(rating.path("name").asText()).isEqualTo("Disputed");
        assertThat(ClaimReviews.verdictOf(ClaimReviews.toClaimReview(disputed, "en", "Disputed among historians",
                PUBLISHER))).contains(Verdict.DISPUTED);
    }

    @Test
    void readsOtherFactCheckersRatingsByNameOrByTheirScale() throws Exception {
        assertThat(ClaimReviews.verdictOf(JSON.readTree("{\"reviewRating\":{\"alternateName\":\"Pants on Fire\"}}")))
                .contains(Verdict.FALSE);
        assertThat(ClaimReviews.verdictOf(JSON.readTree(
                "{\"reviewRating\":{\"alternateName\":\"Ni vrai ni faux\",\"ratingValue\":7,\"bestRating\":7,\"worstRating\":1}}")))
                .contains(Verdict.ACCURATE);
        assertThat(ClaimReviews.verdictOf(JSON.readTree("{\"reviewRating\":{\"alternateName\":\"Weird\"}}"))).isEmpty();
    }

    @Test
    void findsTheReviewsInAnObjectAnArrayOrADataFeed() throws Exception {
        String review = "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"x\"}";
        assertThat(ClaimReviews.reviewsIn(JSON.readTree(review))).hasSize(1);
        assertThat(ClaimReviews.reviewsIn(JSON.readTree("[" + review + "," + review + "]"))).hasSize(2);
        assertThat(ClaimReviews.reviewsIn(JSON.readTree("{\"@type\":\"DataFeed\",\"dataFeedElement\":[{\"@type\":"
                + "\"DataFeedItem\",\"item\":[" + review + "]}," + review + "]}"))).hasSize(2);
    }

    @Test
    void anExportRoundTripsThroughImportToTheSameClaimsAndVerdictsAsDraftsThatValidateRefuses() throws Exception {
        ArrayNode exported = JSON.createArrayNode();
        for (Claim claim : knowledge.claims()) {
            for (String language : ClaimReviews.languages(claim)) {
                exported.add(ClaimReviews.toClaimReview(claim, language, claim.verdict().id(), PUBLISHER));
            }
        }

        for (JsonNode review : ClaimReviews.reviewsIn(JSON.readTree(JSON.writeValueAsString(exported)))) {
            assertThat(ClaimDrafts.write(review, dir, LocalDate.of(2026, 11, 28))).isPresent();
        }

        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (Claim claim : knowledge.claims()) {
            JsonNode draft = yaml.readTree(dir.resolve("imported/" + claim.id() + ".yaml").toFile());
            assertThat(draft.path("claim").path("en").asText()).isEqualTo(claim.textIn("en"));
            assertThat(draft.path("verdict").asText()).isEqualTo(claim.verdict().id());
        }
        List<Problem> problems = new KnowledgeLoader().load(dir).problems();
        // A ClaimReview carries one source, never checked here: each draft is refused until a person signs it off.
        assertThat(problems).filteredOn(p -> p.message().startsWith("draft not yet signed off"))
                .hasSize(knowledge.claims().size());
        assertThat(problems).filteredOn(p -> p.message().startsWith("source has no checked date"))
                .hasSize(knowledge.claims().size());
        assertThat(Files.readString(dir.resolve("imported/kazakh-famine.yaml"))).contains("review: ");
    }
}
