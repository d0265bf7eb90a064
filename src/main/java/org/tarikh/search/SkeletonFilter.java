package org.tarikh.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Transliterates Cyrillic (Russian, Kazakh, Kyrgyz, Tajik, Uzbek letters) to Latin and folds the spelling
 * variants of transliterated names into one form: zh/j, kh/h, q/k, y/i, w/v, ts/c,
 * doubled letters and a final soft vowel, so that Jeltoqsan and Zheltoksan, or Chokay and Chokai, meet.
 */
final class SkeletonFilter extends TokenFilter {
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіҷҳӣӯў";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
        "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u",
        "u", "h", "i", "j", "h", "i", "u", "o"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SkeletonFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String skeleton = skeleton(term.toString());
        term.setEmpty().append(skeleton);
        return true;
    }

    static String skeleton(String word) {
        StringBuilder latin = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = CYRILLIC.indexOf(c);
            latin.append(at >= 0 ? LATIN[at] : String.valueOf(c));
        }
        String s = latin.toString().replace("'", "").replace("ʼ", "").replace("ʻ", "")
                .replace("zh", "j").replace("dj", "j")
                .replace("kh", "h").replace("q", "k").replace("w", "v").replace("ts", "c")
                .replace("yu", "u").replace("ya", "a").replace("ye", "e").replace("y", "i");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
