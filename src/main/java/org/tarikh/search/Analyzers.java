package org.tarikh.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The three ways text is analysed: English stems, Russian stems (ё folded to е), and a Latin "skeleton"
 * in which Cyrillic is transliterated and spelling variants are folded, so that Zhanaozen, Жанаозен and
 * Janaozen, or Shokay and Шокай, meet. Questions and claims go through the same analyzers.
 */
final class Analyzers {
    /** Words that only make a question a question; they say nothing about which claim is meant. */
    private static final List<String> ENGLISH_QUESTION_WORDS = List.of(
            "how", "many", "much", "what", "when", "where", "who", "whom", "whose", "why", "which", "whether",
            "did", "does", "do", "done", "was", "were", "has", "have", "had", "true", "really", "actually",
            "ever", "any", "about", "i", "you", "me", "my", "we", "our", "your", "tell", "know", "heard", "hear",
            "can", "could", "would", "should", "been", "being", "am", "so", "also", "just", "please", "claim",
            "claims", "say", "says", "said", "fact", "correct", "right", "wrong", "people", "happen", "happened",
            "let", "it's", "isn't", "wasn't", "weren't", "didn't", "doesn't", "from", "all", "its", "he", "she",
            "his", "her", "them", "those", "than", "some", "only", "one", "very", "still", "after", "before");
    private static final List<String> RUSSIAN_QUESTION_WORDS = List.of(
            "правда", "ли", "это", "что", "как", "когда", "сколько", "кто", "почему", "зачем", "какой", "какая",
            "какие", "каком", "какого", "каких", "действительно", "разве", "верно", "неужели", "говорят",
            "слышал", "слышала", "скажите", "расскажи", "расскажите", "знаешь", "знаете", "ли", "вообще", "всё",
            "все", "такое", "так", "также", "же", "утверждают", "утверждение", "пишут", "можно", "ещё", "еще",
            "после", "было", "был", "была", "были", "есть", "чем", "где", "куда", "откуда", "чей", "чья");

    static final CharArraySet ENGLISH_STOP_WORDS = stopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, ENGLISH_QUESTION_WORDS);
    static final CharArraySet RUSSIAN_STOP_WORDS = stopSet(RussianAnalyzer.getDefaultStopSet(), RUSSIAN_QUESTION_WORDS);

    private Analyzers() {
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, ENGLISH_STOP_WORDS);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    static Analyzer russian() {
        NormalizeCharMap yo = charMap(new String[][] {{"ё", "е"}, {"Ё", "Е"}});
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, RUSSIAN_STOP_WORDS);
                result = new SnowballFilter(result, new RussianStemmer());
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new MappingCharFilter(yo, reader);
            }
        };
    }

    static Analyzer latinSkeleton() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, ENGLISH_STOP_WORDS);
                result = new StopFilter(result, RUSSIAN_STOP_WORDS);
                result = new SkeletonFilter(result);
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private static CharArraySet stopSet(CharArraySet base, List<String> extra) {
        CharArraySet set = new CharArraySet(base.size() + extra.size(), true);
        set.addAll(base);
        set.addAll(extra);
        return CharArraySet.unmodifiableSet(set);
    }

    private static NormalizeCharMap charMap(String[][] pairs) {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String[] pair : pairs) {
            builder.add(pair[0], pair[1]);
        }
        return builder.build();
    }

}
