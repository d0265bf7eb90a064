package org.tarikh.knowledge;

import org.tarikh.Fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.answer.Answerer;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

/** The project's own knowledge: valid, complete for the brief, and answerable within Telegram's limits. */
class KnowledgeBaseTest {
    /** The ids of ../shared/knowledge-brief.md, fixed there. */
    static final List<String> BRIEF = List.of(
            "tajik-soviet-theatres", "soviet-suppression-tajik-traditions", "kazakh-famine-myth", "holodomor-myth",
            "central-asian-presidents-first-secretaries", "nazarbayev-1991-communist-ideology-quote",
            "cpk-1991-dissolution", "turkmenistan-communist-party-ban", "rakhimov-arrest-2002",
            "turkmenistan-multiparty-2012", "uzbekistan-communist-party-1992", "cpk-registration-1994",
            "cpk-1999-election", "cpk-split-2004", "cpk-ban-2015", "knpk-renamed-peoples-party", "pkk-2000-election",
            "masaliev-arrest-2010", "tajik-communist-party-civil-war", "tajik-communist-party-2015-election",
            "shabdolov-replaced-2016", "zhanaozen-2011-death-toll", "mangystau-oil-strike-2011",
            "kazakhstan-trade-union-law-2014", "kazakhstan-unions-liquidated-600",
            "kazakhstan-independent-unions-confederation-2017", "kazakhstan-criminal-code-2014-unions",
            "kazakhstan-no-legal-strike-since-2014", "january-2022-general-strike",
            "uzbekistan-basmachi-rehabilitation", "kyrgyzstan-rehabilitation-law-2024",
            "kazakhstan-rehabilitation-311000", "kazakhstan-rehabilitation-commission-2020",
            "kazakhstan-renaming-2018-decree", "shokay-turkestan-legion", "alash-orda-kolchak",
            "basmachi-foreign-support", "kazakhstan-history-seven-volumes", "uzbekistan-war-monuments-demolished",
            "kazakhstan-constitution-1993");

    static KnowledgeLoader.Result result;

    @BeforeAll
    static void load() throws IOException {
        result = new KnowledgeLoader().load(Path.of("knowledge"));
    }

    @Test
    void validatesWithoutProblems() {
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void everyClaimOfTheBriefExistsInEnglishAndRussianAndTwentyMoreBeyondIt() {
        KnowledgeBase knowledge = result.knowledge();
        assertThat(BRIEF).allSatisfy(id -> assertThat(knowledge.claim(id)).as(id)
                .hasValueSatisfying(claim -> assertThat(claim.speaks("ru")).as(id + " in Russian").isTrue()));
        assertThat(knowledge.claims().stream().filter(c -> !BRIEF.contains(c.id()))).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyClaimHasTwoSourcesAndFourParaphrasesPerLanguage() {
        assertThat(result.knowledge().claims()).allSatisfy(claim -> {
            assertThat(claim.sources()).as(claim.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(claim.questions().get("en")).as(claim.id() + " en").hasSizeGreaterThanOrEqualTo(4);
            assertThat(claim.questions().get("ru")).as(claim.id() + " ru").hasSizeGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void everyAnswerFitsOneTelegramMessage() {
        Answerer answerer = new Answerer(Fixture.matcher(Path.of("knowledge")));
        assertThat(result.knowledge().claims()).allSatisfy(claim -> {
            assertThat(answerer.render(claim, "en").length()).as(claim.id()).isLessThan(4096);
            assertThat(answerer.render(claim, "ru").length()).as(claim.id()).isLessThan(4096);
        });
    }
}
