package org.tarikh.search;

import java.util.List;

/**
 * Light stemming for Kazakh and Kyrgyz words (and Tajik and Uzbek Cyrillic ones, whose endings overlap): the
 * endings of case, number and possession taken off the end, longest first, while at least four letters remain.
 * Lucene has no stemmer for these languages; names and subjects match by their beginnings anyway, so this only
 * has to bring the common forms of a word together (Жаңаөзенде, Жаңаөзеннің, Жаңаөзенге: жаңаөзен).
 */
final class TurkicEndings {
    private static final int SHORTEST_STEM = 4;

    /** Endings, longest first; each is tried once, after the plural and possessive ones before it. */
    private static final List<String> ENDINGS = List.of(
            "лардың", "лердің", "дардың", "дердің", "тардың", "тердің", "лардан", "лерден", "дардан", "дерден",
            "тардан", "терден", "ларда", "лерде", "дарда", "дерде", "тарда", "терде", "ларға", "лерге", "дарға",
            "дерге", "тарға", "терге", "ларды", "лерді", "дарды", "дерді", "тарды", "терді", "ларын", "лерін",
            "ының", "інің", "ында", "інде", "ынан", "інен", "ына", "іне",
            "ның", "нің", "дың", "дің", "тың", "тің", "нын", "нин", "дын", "дин", "тын", "тин",
            "дан", "ден", "тан", "тен", "нан", "нен", "дон", "дөн", "тон", "төн",
            "лар", "лер", "дар", "дер", "тар", "тер", "лор", "лөр", "дор", "дөр",
            "ға", "ге", "қа", "ке", "га", "го", "гө", "ко", "кө", "на", "не",
            "да", "де", "та", "те", "до", "дө", "то", "тө",
            "ды", "ді", "ты", "ті", "ны", "ні", "ду", "дү", "ту", "тү", "ну", "нү",
            "сы", "сі", "су", "сү", "ы", "і");

    private TurkicEndings() {
    }

    static String strip(String word) {
        String stem = word;
        for (int pass = 0; pass < 2; pass++) { // a case ending after a plural or possessive one
            for (String ending : ENDINGS) {
                if (stem.endsWith(ending) && stem.length() - ending.length() >= SHORTEST_STEM) {
                    stem = stem.substring(0, stem.length() - ending.length());
                    break;
                }
            }
        }
        return stem;
    }
}
