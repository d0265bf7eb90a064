package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands through the real jar: arguments, standard input, output and exit codes. */
class CommandLineIT {
    static final String FIXTURE = "src/test/resources/fixture";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void validatePassesAGoodFolder() throws Exception {
        JarRunner.Run run = JarRunner.run("validate", FIXTURE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("3 claims in 2 topics, no problems.");
    }

    @Test
    void validateReportsEveryProblemAsFileLineMessageAndExitsOne() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("t"));
        Files.writeString(broken.resolve("a.yaml"), "id: b\nverdict: maybe\n");
        Files.writeString(broken.resolve("c.yaml"), "id: [\n");

        JarRunner.Run run = JarRunner.run("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).contains(
                dir.resolve("t/a.yaml") + ":1: id 'b' differs from the file name 'a'",
                dir.resolve("t/a.yaml") + ":2: verdict 'maybe' is not one of: accurate, mostly-accurate, mixed, "
                        + "misleading, false, disputed, unverifiable, opinion",
                dir.resolve("t/a.yaml") + ":1: missing field 'claim'");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(dir.resolve("t/c.yaml") + ":").contains("YAML syntax"));
    }

    @Test
    void askAnswersOneQuestionGivenAsArguments() throws Exception {
        JarRunner.Run run = JarRunner.run("ask", "-k", FIXTURE, "When", "was", "the", "Lahuti", "theatre", "founded?");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("🔎 Checked claim: «The Soviet state supported Tajik culture with national "
                + "theatres & journals.»\n✅ Mostly accurate\n").contains("[1] Great Soviet Encyclopedia (https://example.org/gse/");
    }

    @Test
    void askJsonGivesExactlyTheDesignedFields() throws Exception {
        JarRunner.Run run = JarRunner.run("ask", "-k", FIXTURE, "--json", "Голод в Казахстане — миф?");

        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.fieldNames()).toIterable().containsExactly("question", "claim", "verdict", "score",
                "confidence", "language", "reply", "sources", "alternatives", "findings");
        assertThat(answer.get("claim").asText()).isEqualTo("kazakh-famine");
        assertThat(answer.get("verdict").asText()).isEqualTo("false");
        assertThat(answer.get("language").asText()).isEqualTo("ru");
        assertThat(answer.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.get("reply").asText()).startsWith("🔎 <b>Проверенное утверждение:</b> «Голод в Казахстане")
                .contains("❌ <b>Неверно</b>");
        assertThat(answer.get("sources").get(0).fieldNames()).toIterable().containsExactly("title", "url", "stance");
        assertThat(answer.get("sources").get(1).get("stance").asText()).isEqualTo("supports");
        assertThat(answer.get("findings")).singleElement().satisfies(finding -> {
            assertThat(finding.fieldNames()).toIterable().containsExactly("claim", "verdict", "confidence", "start",
                    "end", "quote");
            assertThat(finding.get("claim").asText()).isEqualTo("kazakh-famine");
            assertThat(finding.get("quote").asText()).isEqualTo("Голод в Казахстане — миф");
        });
    }

    @Test
    void askJsonListsEveryCheckedClaimOfAPastedTextWithItsWords() throws Exception {
        String text = "The Kazakh famine of the 1930s was invented by nationalists. Nobody died. "
                + "Meanwhile in Zhanaozen in 2011 more than 70 strikers were shot by the police.";

        JsonNode answer = JSON.readTree(JarRunner.run("ask", "-k", FIXTURE, "--json", text).out());

        assertThat(answer.get("findings")).extracting(f -> f.get("claim").asText())
                .containsExactly("kazakh-famine", "zhanaozen-strike");
        JsonNode zhanaozen = answer.get("findings").get(1);
        assertThat(text.substring(zhanaozen.get("start").asInt(), zhanaozen.get("end").asInt()))
                .isEqualTo(zhanaozen.get("quote").asText()).contains("Zhanaozen");
        assertThat(answer.get("reply").asText()).startsWith("I found 2 checked claims in this text:");
    }

    @Test
    void askExplainSaysWhyAQuestionMatchedOrNot() throws Exception {
        JarRunner.Run matched = JarRunner.run("ask", "-k", FIXTURE, "--explain", "is the kazakh famine a myth");
        JarRunner.Run missed = JarRunner.run("ask", "-k", FIXTURE, "--explain", "When did Stalin die?");

        assertThat(matched.out()).contains("kazakh-famine  confidence", "named by subject \"", "words the claim lacks: none");
        assertThat(missed.out()).contains("No claim's subject is named by the text.");
    }

    @Test
    void checkReadsAWholeFileAndPrintsEachFindingThenItsSources() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><body><nav>Home | News</nav><article><h1>History</h1>"
                + "<p>The famine in Kazakhstan in 1932 is a myth invented later.</p>"
                + "<p>We visited a café.</p><p>Police killed more than 70 strikers in Zhanaozen in 2011.</p></article>"
                + "<footer>© all rights reserved</footer></body></html>");

        JarRunner.Run run = JarRunner.run("check", "-k", FIXTURE, page.toString());
        JarRunner.Run json = JarRunner.run("check", "-k", FIXTURE, "--json", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 checked claim(s)", "❌ False", "kazakh-famine",
                "«The famine in Kazakhstan in 1932 is a myth invented later", "zhanaozen-strike",
                "Sources for kazakh-famine:", "[counters] Kazakh famine of 1930-1933");
        assertThat(JSON.readTree(json.out()).get("findings")).extracting(f -> f.get("claim").asText())
                .containsExactly("kazakh-famine", "zhanaozen-strike");
    }

    @Test
    void checkTellsWhenTheFileIsMissing() throws Exception {
        JarRunner.Run run = JarRunner.run("check", "-k", FIXTURE, dir.resolve("nothing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nothing.txt: no such file");
    }

    @Test
    void evalMeasuresFindingsInLabelledTexts() throws Exception {
        Path texts = dir.resolve("t.texts");
        Files.writeString(texts, """
                # two texts
                === both
                claims: kazakh-famine, zhanaozen-strike

                The Kazakh famine was a myth. In Zhanaozen in 2011 police killed more than 70 strikers.

                === none
                claims: -

                The weather in Almaty is fine. We had tea.
                """);

        JarRunner.Run run = JarRunner.run("eval", "-k", FIXTURE, "--min-precision", "0.9", "--min-recall", "0.9",
                texts.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("precision", "recall").containsPattern("all +2 +2 +1.000 \\(2/2\\) +1.000 \\(2/2\\)");
    }

    @Test
    void calibratePrintsItsTableAndChecksTheSavedModel() throws Exception {
        JarRunner.Run run = JarRunner.run("calibrate", "-k", FIXTURE, "--check",
                FIXTURE + "/eval/questions.tsv", FIXTURE + "/eval/texts.texts");

        assertThat(run.out()).contains("confidence", "observed precision", "answer threshold", "text threshold",
                "auto-mode threshold");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void askReadsManyQuestionsFromStandardInputAndAnswersEachInOrder() throws Exception {
        String questions = "Is the Kazakh famine a myth?\n\nWas there a famine in Ireland in the 1840s?\n"
                + "Когда основан театр Лахути?\n";

        JarRunner.Run run = JarRunner.run(questions, Map.of("TARIKH_KNOWLEDGE", FIXTURE), "ask");

        List<JsonNode> answers = run.out().lines().map(CommandLineIT::json).toList();
        assertThat(answers).extracting(a -> a.get("question").asText()).containsExactly(
                "Is the Kazakh famine a myth?", "", "Was there a famine in Ireland in the 1840s?",
                "Когда основан театр Лахути?");
        assertThat(answers).extracting(a -> a.get("claim").isNull() ? null : a.get("claim").asText())
                .containsExactly("kazakh-famine", null, null, "tajik-theatres");
        assertThat(answers.get(2).get("reply").asText()).startsWith("🤷 I have no checked answer to that yet.");
    }

    @Test
    void askRefusesBrokenKnowledgeWithItsProblems() throws Exception {
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/x.yaml"), "id: x\n");

        JarRunner.Run run = JarRunner.run("ask", "-k", dir.toString(), "anything");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("x.yaml:1: missing field 'claim'");
    }

    @Test
    void evalPrintsFiguresPerLanguageAndEveryMiss() throws Exception {
        Path questions = dir.resolve("q.tsv");
        Files.writeString(questions, """
                # a comment
                When was the Lahuti theatre founded?\ttajik-theatres
                Is the Kazakh famine a myth?\tkazakh-famine
                Сколько погибло в Жанаозене?\tzhanaozen-strike
                Was there a famine in Ireland in the 1840s?\t-
                Is the Kazakh famine a myth?\t-
                """);

        JarRunner.Run run = JarRunner.run("eval", "-k", FIXTURE, questions.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("language", "questions", "top-1", "MRR", "abstain-precision", "abstain-recall");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("en").contains("4"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ru"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("all").contains("1.000 (1/1)", "0.500 (1/2)"));
        assertThat(run.out()).contains("1 miss(es):", "q.tsv:6: Is the Kazakh famine a myth?",
                "expected -, got kazakh-famine");
    }

    @Test
    void evalExitsOneBelowTheBar() throws Exception {
        Path questions = dir.resolve("q.tsv");
        Files.writeString(questions, "Is the Kazakh famine a myth?\t-\n");

        JarRunner.Run run = JarRunner.run("eval", "-k", FIXTURE, "--min-top1", "0.9", "--min-abstain", "0.9",
                questions.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Below the bar");
    }

    @Test
    void exportWritesAReviewPerClaimAndLanguageThatImportTurnsIntoOneDraftPerClaim() throws Exception {
        Path exported = dir.resolve("reviews.json");
        JarRunner.Run export = JarRunner.run("", Map.of("TARIKH_SITE_URL", "https://tarikh.example.org"),
                "export", "--format", "claimreview", "-k", FIXTURE, "--out", exported.toString());
        assertThat(export.exitCode()).isZero();
        JsonNode reviews = JSON.readTree(exported.toFile());
        assertThat(reviews).hasSize(6);
        assertThat(reviews.get(0).path("url").asText()).isEqualTo("https://tarikh.example.org/en/claims/kazakh-famine.html");
        assertThat(reviews.get(1).path("url").asText()).isEqualTo("https://tarikh.example.org/ru/claims/kazakh-famine.html");
        assertThat(reviews.get(1).path("reviewRating").path("alternateName").asText()).isEqualTo("Неверно");

        JarRunner.Run imported = JarRunner.run("import", "--format", "claimreview", "--into", dir.resolve("drafts").toString(),
                exported.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(dir.resolve("drafts/imported")).isDirectoryContaining("glob:**/kazakh-famine.yaml");
        assertThat(Files.readString(dir.resolve("drafts/imported/kazakh-famine.yaml")))
                .contains("en: The famine in Kazakhstan", "ru: ");

        JarRunner.Run validate = JarRunner.run("validate", dir.resolve("drafts").toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.err()).contains("kazakh-famine.yaml:", "draft not yet signed off");
    }

    @Test
    void siteWritesTheClaimPagesWhoseClaimReviewImportReadsBack() throws Exception {
        Path site = dir.resolve("site");
        JarRunner.Run run = JarRunner.run("site", "-k", FIXTURE, "--out", site.toString(), "--base-url",
                "https://tarikh.example.org");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("19 pages"); // 3 claims in en and ru, home and 2 topics in each of 4 languages, a root
        assertThat(site.resolve("ru/claims/tajik-theatres.html")).exists();

        JarRunner.Run imported = JarRunner.run("import", "--format", "claimreview", "--into", dir.resolve("drafts").toString(),
                site.resolve("ru/claims/tajik-theatres.html").toString());
        assertThat(imported.exitCode()).isZero();
        String draft = Files.readString(dir.resolve("drafts/imported/tajik-theatres.yaml"));
        assertThat(draft).contains("ru: \"Советское государство поддерживало", "verdict: mostly-accurate", "name: Example Weekly");
    }

    @Test
    void reportListsUnansweredQuestionsGroupedAndTheLeastHelpfulClaims() throws Exception {
        Path data = dir.resolve("data");
        java.time.Instant now = java.time.Instant.now();
        try (org.tarikh.store.Store store = org.tarikh.store.Store.open(data)) {
            store.recordUnanswered("Was there a famine in Ireland?", "en", now);
            store.recordUnanswered("was there a famine in ireland", "en", now);
            store.recordUnanswered("Какая погода в Алматы?", "ru", now);
            store.recordUnanswered("Who built the Baikonur cosmodrome?", "en", now.minus(java.time.Duration.ofDays(40)));
            store.recordFeedback("holodomor-myth", 1, false, now);
            store.recordFeedback("kazakh-famine-myth", 1, true, now);
        }

        JarRunner.Run unanswered = JarRunner.run("", Map.of("TARIKH_DATA", data.toString()), "report", "unanswered",
                "--since", "30");
        assertThat(unanswered.exitCode()).isZero();
        assertThat(unanswered.out().lines().skip(1).map(String::strip).toList()).containsExactly(
                "2  en   Was there a famine in Ireland?", "1  ru   Какая погода в Алматы?");

        JarRunner.Run feedback = JarRunner.run("report", "feedback", "--data", data.toString());
        assertThat(feedback.out().lines().skip(1).map(String::strip).toList()).containsExactly("1     0  holodomor-myth");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
