package org.tarikh.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.ClaimReviews;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.KnowledgeLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The site built from the real knowledge: every page well-formed, every internal link resolving, ClaimReview right. */
class SiteTest {
    static final String BASE = "https://tarikh.example.org";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    static KnowledgeBase knowledge;
    static Site.Report report;

    @BeforeAll
    static void build() throws Exception {
        KnowledgeLoader.Result loaded = new KnowledgeLoader().load(Path.of("knowledge"));
        assertThat(loaded.problems()).isEmpty();
        knowledge = loaded.knowledge();
        report = new Site(knowledge, new ClaimReviews.Publisher("Tarikh", "https://t.me/tarikh_bot", BASE), "tarikh_bot")
                .write(out);
    }

    @Test
    void hasAPagePerClaimAndLanguagePerTopicAndAHomeWithASearch() throws Exception {
        for (Claim claim : knowledge.claims()) {
            for (String language : ClaimReviews.languages(claim)) {
                assertThat(out.resolve(ClaimReviews.pagePath(claim.id(), language))).exists();
            }
        }
        for (String language : Site.LANGUAGES) {
            Document home = parse(out.resolve(language + "/index.html"));
            assertThat(home.getDocumentElement().getAttribute("lang")).isEqualTo(language);
            assertThat(byTag(home, "input")).anyMatch(e -> e.getAttribute("type").equals("search")
                    && e.getAttribute("id").equals("search"));
            assertThat(byTag(home, "label")).anyMatch(e -> e.getAttribute("for").equals("search"));
            assertThat(byTag(home, "li").stream().filter(li -> li.getParentNode() instanceof Element ul
                    && ul.getAttribute("class").equals("claims"))).hasSize(knowledge.claims().size());
        }
        assertThat(Files.readString(out.resolve("sitemap.xml"))).contains(BASE + "/en/claims/kazakh-famine-myth.html",
                BASE + "/ru/topics/soviet-past.html");
        assertThat(report.pages()).isGreaterThanOrEqualTo(2 * knowledge.claims().size());
    }

    @Test
    void everyPageIsWellFormedWithALanguageATitleAndOneHeadingAndNoScriptFromElsewhere() throws Exception {
        for (Path page : pages()) {
            Document document = parse(page);
            assertThat(document.getDocumentElement().getAttribute("lang")).as(page.toString()).isNotBlank();
            assertThat(byTag(document, "title")).as(page.toString()).hasSize(1);
            assertThat(byTag(document, "h1")).as(page.toString()).hasSize(1);
            assertThat(byTag(document, "script")).as(page.toString())
                    .allMatch(s -> s.getAttribute("src").isEmpty() || !s.getAttribute("src").contains("//"));
            assertThat(byTag(document, "link")).as(page.toString())
                    .allMatch(l -> l.getAttribute("rel").equals("canonical") || !l.getAttribute("href").contains("//"));
            assertThat(byTag(document, "img")).as(page.toString()).allMatch(i -> i.hasAttribute("alt"));
        }
    }

    @Test
    void everyInternalLinkResolvesToAFileOfTheSite() throws Exception {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages()) {
            Document document = parse(page);
            List<Element> linking = new ArrayList<>(byTag(document, "a"));
            linking.addAll(byTag(document, "link"));
            linking.addAll(byTag(document, "script"));
            for (Element element : linking) {
                String target = element.hasAttribute("href") ? element.getAttribute("href") : element.getAttribute("src");
                if (target.isEmpty() || URI.create(target).isAbsolute()) {
                    continue;
                }
                links++;
                if (!Files.isRegularFile(page.getParent().resolve(target).normalize())) {
                    broken.add(out.relativize(page) + " -> " + target);
                }
            }
        }
        assertThat(links).isGreaterThan(1000);
        assertThat(broken).isEmpty();
    }

    @Test
    void eachClaimPageCarriesItsClaimReviewWithTheRequiredAndRecommendedFields() throws Exception {
        for (Claim claim : knowledge.claims()) {
            for (String language : ClaimReviews.languages(claim)) {
                Path page = out.resolve(ClaimReviews.pagePath(claim.id(), language));
                List<Element> scripts = byTag(parse(page), "script").stream()
                        .filter(s -> s.getAttribute("type").equals("application/ld+json")).toList();
                assertThat(scripts).as(page.toString()).hasSize(1);
                JsonNode review = JSON.readTree(scripts.get(0).getTextContent());
                String where = claim.id() + " (" + language + ")";

                // Required by Google: claimReviewed, reviewRating (with alternateName), url; author of the review.
                assertThat(review.path("@context").asText()).as(where).isEqualTo("https://schema.org");
                assertThat(review.path("@type").asText()).as(where).isEqualTo("ClaimReview");
                assertThat(review.path("url").asText()).as(where)
                        .isEqualTo(BASE + "/" + ClaimReviews.pagePath(claim.id(), language));
                assertThat(review.path("claimReviewed").asText()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(75);
                assertThat(review.path("author").path("@type").asText()).as(where).isEqualTo("Organization");
                assertThat(review.path("author").path("name").asText()).as(where).isEqualTo("Tarikh");
                JsonNode rating = review.path("reviewRating");
                assertThat(rating.path("@type").asText()).as(where).isEqualTo("Rating");
                assertThat(rating.path("alternateName").asText()).as(where).isNotBlank();
                assertThat(rating.path("name").asText()).as(where).isNotBlank();
                if (claim.verdict().rating().isPresent()) {
                    assertThat(rating.path("ratingValue").asInt()).as(where).isEqualTo(claim.verdict().rating().getAsInt());
                    assertThat(rating.path("bestRating").asInt()).as(where).isEqualTo(5);
                    assertThat(rating.path("worstRating").asInt()).as(where).isEqualTo(1);
                } else {
                    assertThat(rating.has("ratingValue")).as(where).isFalse();
                }
                // Recommended: datePublished, itemReviewed as a Claim, the review's language.
                assertThat(review.path("datePublished").asText()).as(where).isEqualTo(claim.reviewed().toString());
                assertThat(review.path("inLanguage").asText()).as(where).isEqualTo(language);
                JsonNode item = review.path("itemReviewed");
                assertThat(item.path("@type").asText()).as(where).isEqualTo("Claim");
                assertThat(item.path("name").asText()).as(where).isEqualTo(claim.textIn(language));
                if (item.has("author")) {
                    assertThat(item.path("author").path("@type").asText()).as(where).isIn("Person", "Organization");
                    assertThat(item.path("author").path("name").asText()).as(where).isNotBlank();
                }
                if (item.has("firstAppearance")) {
                    assertThat(item.path("firstAppearance").path("@type").asText()).as(where).isEqualTo("CreativeWork");
                }
            }
        }
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Parses a page as XML: it fails on anything not well-formed. */
    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        String html = Files.readString(page).replaceFirst("^<!DOCTYPE html>", "");
        return builder.parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
    }

    private static List<Element> byTag(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
