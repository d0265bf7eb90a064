package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.knowledge.KnowledgeLoader;

class MatcherTest {
    static Matcher matcher;

    @BeforeAll
    static void indexTheFixture() throws IOException {
        matcher = new Matcher(Index.build(new KnowledgeLoader().load(Path.of("src/test/resources/fixture")).knowledge()));
    }

    @Test
    void aQuestionPhrasedLikeAParaphraseFindsItsClaim() {
        MatchResult result = matcher.match("When was the Lahuti theatre founded?");

        assertThat(result.answer()).hasValueSatisfying(c -> assertThat(c.claim().id()).isEqualTo("tajik-theatres"));
        assertThat(result.confidence()).isBetween(Matcher.ANSWER_THRESHOLD, 1.0);
        assertThat(result.language()).isEqualTo("en");
    }

    @Test
    void russianQuestionsAreStemmedAndFoldYo() {
        MatchResult result = matcher.match("Голощекин и голод казахов — это миф?");

        assertThat(result.language()).isEqualTo("ru");
        assertThat(result.answer()).hasValueSatisfying(c -> assertThat(c.claim().id()).isEqualTo("kazakh-famine"));
    }

    @Test
    void namesMeetAcrossScriptsAndSpellings() {
        assertThat(matcher.match("Zhanaozén").candidates()).first()
                .satisfies(c -> assertThat(c.claim().id()).isEqualTo("zhanaozen-strike"));
        assertThat(matcher.match("Жанаозен").candidates()).first()
                .satisfies(c -> assertThat(c.claim().id()).isEqualTo("zhanaozen-strike"));
    }

    @Test
    void aQuestionAboutSomethingElseGetsNoAnswer() {
        MatchResult result = matcher.match("Was there a famine in Ireland in the 1840s?");

        assertThat(result.answer()).isEmpty();
        assertThat(result.confidence()).isLessThan(Matcher.ANSWER_THRESHOLD);
    }

    @Test
    void aCountryOrAYearTheClaimIsNotAboutMeansNoAnswer() {
        assertThat(matcher.match("Is the Tajik famine a myth?").confidence()).as("Tajiks: not this claim's country").isZero();
        assertThat(matcher.match("Is the famine in Kazakhstan a myth?").answer()).isPresent();
        assertThat(matcher.match("How many died in Zhanaozen in 1986?").confidence()).as("1986: not its year").isZero();
        assertThat(matcher.match("How many died in Zhanaozen?").answer()).isPresent();
    }

    @Test
    void nothingButQuestionWordsGetsNoAnswer() {
        assertThat(matcher.match("Is it true that?").answer()).isEmpty();
        assertThat(matcher.match("   ").answer()).isEmpty();
        assertThat(matcher.match("🙂🙂").candidates()).isEmpty();
    }

    @Test
    void queryParserSyntaxInUserTextIsJustText() {
        MatchResult result = matcher.match("famine* AND \"myth\" OR (Kazakh~2) title:[a TO z] \\ / ! ^ && ||");

        assertThat(result.candidates()).first().satisfies(c -> assertThat(c.claim().id()).isEqualTo("kazakh-famine"));
    }

    @Test
    void invisibleCharactersDoNotSplitWords() {
        MatchResult result = matcher.match("\u200FIs the Ka\u200Bzakh fam\u2060ine a myth?\u200E");

        assertThat(result.answer()).hasValueSatisfying(c -> assertThat(c.claim().id()).isEqualTo("kazakh-famine"));
    }

    @Test
    void aVeryLongPasteIsMatchedByItsBeginning() {
        String paste = "Is the Kazakh famine a myth? " + "word ".repeat(2000);

        assertThat(matcher.match(paste).candidates()).first()
                .satisfies(c -> assertThat(c.claim().id()).isEqualTo("kazakh-famine"));
    }
}
