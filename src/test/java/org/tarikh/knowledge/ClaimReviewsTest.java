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
    static final ClaimReviews.Publisher PUBLISHER = new ClaimReviews.Publisher("Tarikh", "https://example.org/tarikh");
    static final ObjectMapper JSON = new ObjectMapper();
    static KnowledgeBase knowledge;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        knowledge = new KnowledgeLoader().load(Path.of("src/test/resources/fixture")).knowledge();
    }

    @Test
    void exportsTheFieldsGoogleAndSchemaOrgName() {
        ObjectNode review = ClaimReviews.toClaimReview(knowledge.claim("tajik-theatres").orElseThrow(), PUBLISHER);

        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(review.path("url").asText()).isEqualTo("https://example.org/tarikh#tajik-theatres");
        assertThat(review.path("claimReviewed").asText()).startsWith("The Soviet state supported Tajik culture");
        assertThat(review.path("datePublished").asText()).isEqualTo("2026-11-20");
        assertThat(review.path("inLanguage").asText()).isEqualTo("en");
        assertThat(review.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(review.path("author").path("name").asText()).isEqualTo("Tarikh");
        JsonNode rating = review.path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(4);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.path("alternateName").asText()).isEqualTo("Mostly accurate");
        assertThat(review.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
        assertThat(review.path("itemReviewed").path("author").path("name").asText()).isEqualTo("source article");
    }

    @Test
    void verdictsOffTheScaleHaveANameButNoValue() {
        Claim claim = knowledge.claim("kazakh-famine").orElseThrow();
        Claim disputed = new Claim(claim.id(), claim.topic(), claim.text(), claim.subject(), "", Verdict.DISPUTED, claim.summary(),
                claim.questions(), claim.keywords(), claim.sources(), claim.related(), claim.reviewed());

        JsonNode rating = ClaimReviews.toClaimReview(disputed, PUBLISHER).path("reviewRating");

        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.path("alternateName").asText()).isEqualTo("Disputed");
        assertThat(ClaimReviews.verdictOf(ClaimReviews.toClaimReview(disputed, PUBLISHER))).contains(Verdict.DISPUTED);
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
        knowledge.claims().forEach(claim -> exported.add(ClaimReviews.toClaimReview(claim, PUBLISHER)));

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
        assertThat(problems).hasSize(knowledge.claims().size())
                .allSatisfy(p -> assertThat(p.message()).startsWith("draft not yet signed off"));
        assertThat(Files.readString(dir.resolve("imported/kazakh-famine.yaml"))).contains("review: ");
    }
}
