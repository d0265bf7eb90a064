package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tarikh.Fixture;
import org.tarikh.search.Analysis.Word;

class AnalysisTest {
    private final Analysis analysis = new Analysis(new GlossaryMatcher(Fixture.knowledge().glossary()));

    private List<String> content(String text) {
        return analysis.words(text).stream().filter(Word::content).map(Word::stem).toList();
    }

    @Test
    void numbersWrittenAnyWayHaveOneValue() {
        assertThat(content("100k")).containsExactly("100000");
        assertThat(content("100 тыс.")).containsExactly("100000");
        assertThat(content("100 мың")).containsExactly("100000");
        assertThat(content("100 ming")).containsExactly("100000");
        assertThat(content("100,000")).containsExactly("100000");
        assertThat(content("100 000")).containsExactly("100000");
        assertThat(content("1.5 million")).containsExactly("1500000");
        assertThat(content("1,5 млн")).containsExactly("1500000");
        assertThat(content("17,7%")).containsExactly("17.7");
        assertThat(content("38 000 members")).first().isEqualTo("38000");
    }

    @Test
    void yearsAndDecadesHaveTheirRange() {
        assertThat(yearsOf("the 1930s")).containsExactly(new int[] {1930, 1939});
        assertThat(yearsOf("в 30-х годах")).containsExactly(new int[] {1930, 1939});
        assertThat(yearsOf("1930-х")).containsExactly(new int[] {1930, 1939});
        assertThat(yearsOf("съезд 91-го")).containsExactly(new int[] {1991, 1991});
        assertThat(yearsOf("elections in '99")).containsExactly(new int[] {1999, 1999});
        assertThat(yearsOf("2k22 protests")).containsExactly(new int[] {2022, 2022});
        assertThat(yearsOf("the famine of 1930–33")).containsExactly(new int[] {1930, 1930}, new int[] {1933, 1933});
        assertThat(yearsOf("100 people")).isEmpty();
        assertThat(yearsOf("распустили в 91 году")).containsExactly(new int[] {1991, 1991});
        assertThat(yearsOf("компартия 91 жылы жабылды")).containsExactly(new int[] {1991, 1991});
        assertThat(yearsOf("91 yilda tarqatilgan")).containsExactly(new int[] {1991, 1991});
        assertThat(yearsOf("ему дали 25 лет, через 22 года вышел")).as("durations").isEmpty();
        assertThat(yearsOf("25 жыл түрмеде")).as("a duration").isEmpty();
    }

    private List<int[]> yearsOf(String text) {
        return analysis.words(text).stream().filter(Word::year).map(w -> new int[] {w.yearFrom(), w.yearTo()}).toList();
    }

    @Test
    void capitalsAccentsYoAndApostrophesDoNotChangeAWord() {
        assertThat(content("ЖАНАОЗЕН")).isEqualTo(content("жанаозен"));
        assertThat(content("Голощёкин")).isEqualTo(content("голощекин"));
        assertThat(content("Zhanaozén")).isEqualTo(content("zhanaozen"));
        assertThat(content("Kazakhstan's")).isEqualTo(content("kazakhstan"));
        assertThat(content("o'zbek")).isEqualTo(content("ozbek"));
    }

    @Test
    void chatFillerAndQuestionWordsCarryNoMeaning() {
        assertThat(content("lol bro is it true right?")).isEmpty();
        assertThat(content("ну типа правда что это")).isEmpty();
        assertThat(content("Kazakh famine lol")).hasSize(2);
    }

    @Test
    void aWordKnowsWhereItStandsInTheText() {
        String text = "Was the\u200B Kazakh famine real?";
        List<Word> words = analysis.words(text).stream().filter(Word::content).toList();

        assertThat(text.substring(words.get(0).start(), words.get(0).end())).isEqualTo("Kazakh");
        assertThat(text.substring(words.get(1).start(), words.get(1).end())).isEqualTo("famine");
    }

    @Test
    void theGlossaryGroupsWordsAcrossLanguagesAndSlang() {
        assertThat(analysis.words("фейк").get(0).concept()).isEqualTo("myth");
        assertThat(analysis.words("hoax").get(0).concept()).isEqualTo("myth");
        assertThat(analysis.words("kz").get(0).concept()).isEqualTo("kazakhstan");
        assertThat(analysis.words("Казахстане").get(0).concept()).isEqualTo("kazakhstan");
    }
}
