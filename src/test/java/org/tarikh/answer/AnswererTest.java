package org.tarikh.answer;

import org.tarikh.Fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

class AnswererTest {
    static Answerer answerer;

    @BeforeAll
    static void indexTheFixture() throws IOException {
        answerer = Fixture.answerer();
    }

    @Test
    void anAnswerIsVerdictClaimSummaryAndNumberedSourcesEscaped() {
        Answer answer = answerer.answer("When was the Lahuti theatre founded?");

        assertThat(answer.claim()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("tajik-theatres"));
        assertThat(answer.reply().lines()).containsExactly(
                "✅ <b>Mostly accurate</b>",
                "«The Soviet state supported Tajik culture with national theatres &amp; journals.»",
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
    void answersInTheQuestionsLanguage() {
        Answer answer = answerer.answer("Когда основан театр Лахути?");

        assertThat(answer.language()).isEqualTo("ru");
        assertThat(answer.reply()).startsWith("✅ <b>В основном верно</b>\n«Советское государство");
    }

    @Test
    void aForcedLanguageWins() {
        assertThat(answerer.answer("Когда основан театр Лахути?", "en").reply()).startsWith("✅ <b>Mostly accurate</b>");
    }

    @Test
    void aLanguageWithoutTextFallsBackToEnglish() {
        assertThat(answerer.answer("Когда основан театр Лахути?", "kk").reply())
                .contains("<b>Mostly accurate</b>", "«The Soviet state supported");
    }

    @Test
    void aMissSaysSoAndNamesTheNearestTopics() {
        Answer answer = answerer.answer("Was there a famine in Ireland in the 1840s?");

        assertThat(answer.claim()).isEmpty();
        assertThat(answer.reply()).isEqualTo("🤷 I have no checked answer to that yet.\nNearest topics: Famines");
    }

    @Test
    void anEmptyQuestionGetsAnInvitationToAsk() {
        assertThat(answerer.answer(" ").reply()).isEqualTo(
                "Ask me about a claim on the history of Central Asia, in your own words.");
    }
}
