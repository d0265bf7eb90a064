package org.tarikh.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixture");

    @TempDir
    Path dir;

    @Test
    void loadsAValidFolderIntoClaims() throws IOException {
        KnowledgeLoader.Result result = new KnowledgeLoader().load(FIXTURE);

        assertThat(result.problems()).isEmpty();
        KnowledgeBase knowledge = result.knowledge();
        assertThat(knowledge.claims()).extracting(Claim::id)
                .containsExactly("kazakh-famine", "tajik-theatres", "zhanaozen-strike");
        Claim theatres = knowledge.claim("tajik-theatres").orElseThrow();
        assertThat(theatres.verdict()).isEqualTo(Verdict.MOSTLY_ACCURATE);
        assertThat(theatres.textIn("ru")).startsWith("Советское государство");
        assertThat(theatres.textIn("kk")).as("Kazakh readers fall back to Russian").isEqualTo(theatres.textIn("ru"));
        assertThat(theatres.textIn("uz")).as("Uzbek readers fall back to English").isEqualTo(theatres.textIn("en"));
        assertThat(theatres.sources().get(0).date()).isEqualTo("1979");
        assertThat(theatres.sources().get(2).stance()).isEqualTo(Stance.COUNTERS);
        assertThat(theatres.questions().get("ru")).contains("Когда основан театр Лахути?");
        assertThat(knowledge.claim("kazakh-famine").orElseThrow().verdict())
                .as("an unquoted `false` is still the verdict false").isEqualTo(Verdict.FALSE);
        assertThat(knowledge.topic("culture").name("ru")).isEqualTo("Культура");
        assertThat(knowledge.version()).isEqualTo("2026-11-28");
    }

    @Test
    void reportsYamlSyntaxWithItsLine() throws IOException {
        write("t/bad.yaml", "id: bad\ntopic: t\nclaim: [unclosed\n");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString("bad.yaml");
            assertThat(p.message()).startsWith("YAML syntax");
        });
    }

    @Test
    void reportsUnknownAndMissingFields() throws IOException {
        write("t/c.yaml", valid("c").replace("reviewed: 2026-11-28\n", "") + "colour: blue\n");

        assertThat(lines()).containsExactlyInAnyOrder(
                "c.yaml:1: missing field 'reviewed'",
                "c.yaml:29: unknown field 'colour'");
    }

    @Test
    void reportsAnIdThatDiffersFromTheFileName() throws IOException {
        write("t/c.yaml", valid("other"));

        assertThat(lines()).containsExactly("c.yaml:1: id 'other' differs from the file name 'c'");
    }

    @Test
    void reportsDuplicateIds() throws IOException {
        write("t/c.yaml", valid("c"));
        write("u/c.yaml", valid("c"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("u/c.yaml"));
            assertThat(p.message()).startsWith("duplicate id 'c', also in ");
        });
    }

    @Test
    void reportsAVerdictOutsideTheVocabulary() throws IOException {
        write("t/c.yaml", valid("c").replace("verdict: false", "verdict: half-true"));

        assertThat(lines()).containsExactly("c.yaml:9: verdict 'half-true' is not one of: accurate, "
                + "mostly-accurate, mixed, misleading, false, disputed, unverifiable, opinion");
    }

    @Test
    void reportsAClaimWithoutEnglish() throws IOException {
        write("t/c.yaml", valid("c").replace("  en: \"A claim.\"\n", ""));

        assertThat(lines()).containsExactly("c.yaml:3: claim has no English text (en)");
    }

    @Test
    void reportsSourcesWithoutTitleOrWithoutAnHttpUrlOrWithAnUnknownStance() throws IOException {
        write("t/c.yaml", valid("c")
                .replace("  - title: \"One\"\n    url:", "  - url:")
                .replace("https://example.org/two", "ftp://example.org/two")
                .replace("stance: context", "stance: neutral"));

        assertThat(lines()).containsExactly(
                "c.yaml:16: source has no title",
                "c.yaml:22: source url 'ftp://example.org/two' is not an http(s) URL",
                "c.yaml:25: stance 'neutral' is not one of: supports, counters, context");
    }

    @Test
    void reportsHostsReadersShouldNotSeeAndSourcesNeverChecked() throws IOException {
        write("t/c.yaml", valid("c")
                .replace("https://example.org/one", "https://staging.rferl.org/a/1.html")
                .replace("https://example.org/two", "https://informburo.kz./news")
                .replaceFirst("\n    checked: 2026-12-03", ""));

        assertThat(lines()).containsExactly(
                "c.yaml:16: source has no checked date (when it was last found at its url, like 2026-12-03)",
                "c.yaml:17: source host 'staging.rferl.org' looks like a staging copy, not the page readers should see: "
                        + "cite the public address",
                "c.yaml:22: source host 'informburo.kz.' ends with a dot: write it without");
    }

    @Test
    void reportsAClaimWithOneSourceAndAFalseClaimWithNoneCounteringIt() throws IOException {
        String valid = valid("c");
        String oneSource = valid.substring(0, valid.indexOf("  - title: \"Two\"")) + "related: []\nreviewed: 2026-11-28\n";
        write("t/c.yaml", oneSource);
        write("t/d.yaml", valid("d").replace("stance: counters", "stance: supports"));

        assertThat(lines()).containsExactly(
                "c.yaml:15: a claim needs at least 2 sources, found 1",
                "d.yaml:15: verdict 'false' needs a source that counters the claim (stance: counters)");
    }

    @Test
    void reportsASharedFactTwoClaimsStateDifferentlyOrASummaryDoesNotSay() throws IOException {
        write("t/a.yaml", valid("a").replace("  en: \"In short.\"", "  en: \"In short: 57.1% in 1926.\"")
                .replace("related: []", "facts: {kazakhs-share-1926: \"57.1%\"}\nrelated: []"));
        write("t/b.yaml", valid("b").replace("  en: \"In short.\"", "  en: \"In short: about 60% in 1926.\"")
                .replace("related: []", "facts: {kazakhs-share-1926: \"60%\"}\nrelated: []"));
        write("t/c.yaml", valid("c").replace("related: []", "facts: {kazakhs-share-1926: \"57.1%\"}\nrelated: []"));

        assertThat(lines()).containsExactly(
                "b.yaml:28: fact 'kazakhs-share-1926' is '60%' here but '57.1%' in " + dir.resolve("t/a.yaml")
                        + ": the same fact must agree",
                "c.yaml:28: fact 'kazakhs-share-1926' is '57.1%', which the English summary does not say");
    }

    @Test
    void reportsARelatedClaimThatDoesNotExist() throws IOException {
        write("t/c.yaml", valid("c").replace("related: []", "related: [c, nowhere]"));

        assertThat(lines()).containsExactly("c.yaml:28: related claim 'nowhere' does not exist");
    }

    @Test
    void reportsASummaryLongerThanFitsTheAnswer() throws IOException {
        write("t/c.yaml", valid("c").replace("  ru: \"Кратко.\"", "  ru: \"" + "а".repeat(601) + "\""));

        assertThat(lines()).containsExactly("c.yaml:12: summary in 'ru' has 601 characters; at most 600 fit the answer");
    }

    @Test
    void reportsATopicMissingFromTheTopicsFile() throws IOException {
        write("topics.yaml", "other:\n  en: Other\n");
        write("t/c.yaml", valid("c"));

        assertThat(lines()).containsExactly("c.yaml:2: unknown topic 't' (add it to topics.yaml or use one of other)");
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() throws IOException {
        write("t/a.yaml", valid("a").replace("verdict: false", "verdict: maybe"));
        write("t/b.yaml", valid("b").replace("related: []", "related: [ghost]").replace("topic: t\n", ""));
        write("t/c.yaml", "id: [\n");

        assertThat(problems()).hasSize(4);
        assertThat(new KnowledgeLoader().load(dir).knowledge().claims()).isEmpty();
    }

    private static String valid(String id) {
        return """
                id: %s
                topic: t
                claim:
                  en: "A claim."
                  ru: "Утверждение."
                subject:
                  en: ["claim"]
                  ru: ["утверждение"]
                verdict: false
                summary:
                  en: "In short."
                  ru: "Кратко."
                questions:
                  en: ["Is it so?"]
                sources:
                  - title: "One"
                    url: "https://example.org/one"
                    publisher: "P"
                    lang: en
                    stance: counters
                    checked: 2026-12-03
                  - title: "Two"
                    url: "https://example.org/two"
                    publisher: "Q"
                    lang: en
                    stance: context
                    checked: 2026-12-03
                related: []
                reviewed: 2026-11-28
                """.formatted(id);
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private List<Problem> problems() throws IOException {
        return new KnowledgeLoader().load(dir).problems();
    }

    /** The problems as printed, with the folder left out. */
    private List<String> lines() throws IOException {
        return problems().stream().map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.message()).toList();
    }
}
