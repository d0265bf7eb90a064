package org.tarikh.search;

/** Guesses the language of a question from its script and a few letters only some alphabets have. */
public final class Languages {
    private Languages() {
    }

    /**
     * {@code ru} for text mostly of Cyrillic words (or {@code kk}, {@code tg}, {@code uz}, {@code ky} when letters only
     * those alphabets have appear), {@code en} for everything else.
     */
    public static String detect(String text) {
        int cyrillic = 0;
        int latin = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                inWord = false;
                continue;
            }
            if (!inWord) { // a word counts for the script of its first letter
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
                inWord = true;
            }
        }
        if (cyrillic == 0 || cyrillic < latin) {
            return "en";
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (containsAny(lower, "ҷӣӯ")) {
            return "tg";
        }
        if (containsAny(lower, "ў")) {
            return "uz";
        }
        if (containsAny(lower, "әұһі")) {
            return "kk";
        }
        if (containsAny(lower, "ңөү")) {
            return containsAny(lower, "қғ") ? "kk" : "ky";
        }
        return containsAny(lower, "қғ") ? "kk" : "ru";
    }

    private static boolean containsAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
