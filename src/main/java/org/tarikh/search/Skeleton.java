package org.tarikh.search;

/**
 * A word's Latin "skeleton": Cyrillic (Russian, Kazakh, Kyrgyz, Tajik, Uzbek letters) transliterated, and the
 * spelling variants of transliterated names folded into one form — zh/j, kh/q/x/k, y/i, w/v, doubled letters —
 * so that Zhanaozen, Жанаозен and Janaozen, Jeltoqsan and Желтоксан, or Kazakh, Qazaq and Казах meet.
 */
final class Skeleton {
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіҷҳӣӯў";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
        "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u",
        "u", "h", "i", "j", "h", "i", "u", "o"};

    private Skeleton() {
    }

    /** The skeleton of a lower-case word. */
    static String of(String word) {
        StringBuilder latin = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = CYRILLIC.indexOf(c);
            latin.append(at >= 0 ? LATIN[at] : String.valueOf(c));
        }
        String s = latin.toString()
                .replace("zh", "j").replace("dj", "j")
                .replace("kh", "k").replace("q", "k").replace("x", "k").replace("w", "v") // x: Uzbek paxta = пахта
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
