package org.tarikh.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private final Sentences sentences = new Sentences();

    private List<String> split(String text) {
        return sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(split("I.A. Masaliev was arrested in 2010. He was freed in 2011."))
                .containsExactly("I.A. Masaliev was arrested in 2010.", "He was freed in 2011.");
        assertThat(split("Art. 174 punishes discord, i.e. speech. Art. 400 covers assemblies."))
                .containsExactly("Art. 174 punishes discord, i.e. speech.", "Art. 400 covers assemblies.");
        assertThat(split("В 1991 г. Назарбаев распустил партию. По ст. 174, т.е. за рознь, дают 12 лет."))
                .containsExactly("В 1991 г. Назарбаев распустил партию.", "По ст. 174, т.е. за рознь, дают 12 лет.");
    }

    @Test
    void headingsAndListItemsStandAloneWhileWrappedLinesAreReadWhole() {
        String text = "Liquidation of Communist Parties\nIn 2015 a court liquidated the party\nfor having too few members.\n"
                + "- the first demand\n- the second demand";

        assertThat(split(text)).containsExactly("Liquidation of Communist Parties",
                "In 2015 a court liquidated the party\nfor having too few members.", "- the first demand",
                "- the second demand");
    }

    @Test
    void aSentenceIsSplitIntoItsClauses() {
        String text = "On June 27, 2014, three years after the shooting in Zhanaozen, the law was signed.";
        Sentences.Sentence sentence = sentences.split(text).get(0);

        assertThat(sentence.clauses()).extracting(c -> text.substring(c.start(), c.end()))
                .containsExactly("On June 27", "2014", "three years after the shooting in Zhanaozen", "the law was signed.");
    }
}
