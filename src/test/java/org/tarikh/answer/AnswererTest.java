package org.tarikh.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.Fixture;
import org.tarikh.knowledge.Claim;
import org.tarikh.search.Finding;

class AnswererTest {
    static final Answerer answerer = Fixture.answerer();
    static final Answerer real = new Answerer(Fixture.matcher(Path.of("knowledge")));

    @Test
    void anAnswerNamesTheClaimThenItsVerdictSummaryAndNumberedSourcesEscaped() {
        Answer answer = answerer.answer("When was the Lahuti theatre founded?");

        assertThat(answer.claim()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("tajik-theatres"));
        assertThat(answer.reply().lines()).containsExactly(
                "🔎 <b>Checked claim:</b> «The Soviet state supported Tajik culture with national theatres &amp; journals.»",
                "✅ <b>Mostly accurate</b>",
                "The Lahuti drama theatre opened in Dushanbe in 1929; the purges of 1937-38 struck the same "
                        + "&lt;intelligentsia&gt;.",
                "[1] <a href=\"https://example.org/gse/tadzhik-drama-theater\">Great Soviet Encyclopedia</a> · "
                        + "[2] <a href=\"https://example.org/purges?a=1&amp;b=2\">Example Review</a> · "
                        + "[3] <a href=\"https://example.org/censorship\">Example Journal</a>");
    }

    @Test
    void theThreeSourcesShownIncludeACounteringOne() {
        // Four sources: supports, context, counters, supports; the fourth is left for the Sources button.
        assertThat(Answerer.shownSources(answerer.knowledge().claim("tajik-theatres").orElseThrow()))
                .extracting(s -> s.publisher())
                .containsExactly("Great Soviet Encyclopedia", "Example Review", "Example Journal");
    }

    @Test
    void answersInTheQuestionsLanguageUnlessAnotherIsAsked() {
        Answer answer = answerer.answer("Когда основан театр Лахути?");

        assertThat(answer.language()).isEqualTo("ru");
        assertThat(answer.reply()).startsWith("🔎 <b>Проверенное утверждение:</b> «Советское государство")
                .contains("✅ <b>В основном верно</b>");
        assertThat(answerer.answer("Когда основан театр Лахути?", "en").reply()).contains("✅ <b>Mostly accurate</b>");
        assertThat(answerer.answer("Когда основан театр Лахути?", "kk").reply()).as("a claim not yet in Kazakh")
                .startsWith("<i>Бұл тұжырым сіздің тіліңізде әлі жазылмаған; міне, орысша нұсқасы.</i>")
                .contains("<b>Негізінен дұрыс</b>", "«Советское государство поддерживало");
        assertThat(answerer.answer("When was the Lahuti theatre founded?", "uz").reply())
                .contains("<b>Asosan toʻgʻri</b>", "«The Soviet state supported");
    }

    @Test
    void everyFullAnswerOfTheRealKnowledgeFitsAPhoneScreenAndSaysWhenItCutTheSummary() {
        for (Claim claim : real.knowledge().claims()) {
            for (String language : List.of("en", "ru")) {
                String reply = real.render(claim, language);
                assertThat(Html.visibleLength(reply)).as(claim.id() + " " + language).isLessThanOrEqualTo(Answerer.SCREEN);
                assertThat(real.renderMore(claim, language)).contains(Html.escape(claim.summaryIn(language)));
                assertThat(real.summaryCut(claim, language)).isEqualTo(!reply.contains(Html.escape(claim.summaryIn(language))));
                assertThat(Html.visibleLength(real.renderCompact(claim, language))).isLessThanOrEqualTo(Answerer.COMPACT);
            }
        }
    }

    @Test
    void aTextThatMakesSeveralClaimsGetsThemListedClaimFirstWithItsOwnWords() {
        Answer answer = answerer.answer("The Kazakh famine was invented by nationalists. Nobody starved. "
                + "In Zhanaozen in 2011 the police killed more than 70 strikers.");

        assertThat(answer.findings()).hasSize(2);
        assertThat(answer.reply()).startsWith("I found 2 checked claims in this text:\n\n<b>1.</b> «The famine in "
                + "Kazakhstan during collectivisation is a myth.»\n❌ False · “The Kazakh famine was invented");
        assertThat(answer.reply()).contains("<b>2.</b> «More than 70 striking oil workers were killed in Zhanaozen");
    }

    @Test
    void aLongListSaysHowManyMoreThereAreAndStaysWithinOneMessage() {
        Claim claim = answerer.knowledge().claim("kazakh-famine").orElseThrow();
        List<Finding> many = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new Finding(claim, 1, 0, 10, "quote number " + i + " " + "word ".repeat(40), null)).toList();

        String first = answerer.renderFindings(many, "en", 0);
        String last = answerer.renderFindings(many, "en", 2);

        assertThat(first).contains("<b>8.</b>").doesNotContain("<b>9.</b>").endsWith("…and 12 more: the next page lists them.");
        assertThat(first.length()).isLessThan(4096);
        assertThat(last).contains("<b>17.</b>", "<b>20.</b>").doesNotContain("more: the next page");
    }

    @Test
    void aGroupGetsACompactReply() {
        Claim claim = answerer.knowledge().claim("kazakh-famine").orElseThrow();

        assertThat(answerer.renderCompact(claim, "en")).isEqualTo("🔎 «The famine in Kazakhstan during collectivisation "
                + "is a myth.»\n❌ <b>False</b> — About 1.5 million people died in the Kazakh famine of 1930-1933.");
    }

    @Test
    void aMissSaysSoAndNamesTheNearestTopics() {
        Answer answer = answerer.answer("Was there a famine in Ireland in the 1840s?");

        assertThat(answer.claim()).isEmpty();
        assertThat(answer.reply()).isEqualTo("🤷 I have no checked answer to that yet.\nNearest topics: Famines");
        assertThat(answerer.answer("Nothing here is checked. Nor is this.").reply())
                .startsWith("🤷 I read 2 sentences and found no claim I have checked.");
    }

    @Test
    void aTextFromAFileOrAPageNamesItFirst() {
        assertThat(answerer.answer("Is the Kazakh famine a myth?", "en", "📄 notes.txt").reply())
                .startsWith("<b>📄 notes.txt</b>\n🔎 <b>Checked claim:</b>");
    }

    @Test
    void anEmptyQuestionGetsAnInvitationToAsk() {
        assertThat(answerer.answer(" ").reply()).isEqualTo(
                "Ask me about a claim on the history of Central Asia, in your own words.");
    }
}
