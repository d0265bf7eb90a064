package org.tarikh.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Turns a text into its {@link Word}s, each with its place in the text and the forms the index knows words by:
 * an English or Russian stem (by the word's script), a transliterated {@link Skeleton}, the glossary group it
 * belongs to, and, for numbers and years, their value. Claims and users' texts go through this same analysis,
 * so that capitals, ё, accents, apostrophes, "100k", "100 тыс." and "100,000", "the 30s" and "30-х" never
 * decide whether they meet. User text is only ever analysed, never parsed as a query.
 */
final class Analysis {
    /** Words that only make a question a question, or chat filler: they say nothing about which claim is meant. */
    private static final List<String> ENGLISH_FILLER = List.of(
            "how", "many", "much", "what", "when", "where", "who", "whom", "whose", "why", "which", "whether",
            "did", "does", "do", "done", "was", "were", "has", "have", "had", "is", "are", "true", "truth", "really",
            "actually", "ever", "any", "about", "i", "you", "me", "my", "we", "our", "your", "tell", "know", "heard",
            "hear", "can", "could", "would", "should", "been", "being", "am", "so", "also", "just", "please", "claim",
            "claims", "say", "says", "said", "saying", "fact", "facts", "correct", "right", "wrong", "happen",
            "happened", "let", "it's", "isn't", "wasn't", "weren't", "didn't", "doesn't", "from", "all", "its", "he",
            "she", "his", "her", "them", "those", "than", "some", "only", "one", "very", "still", "after", "before",
            "lol", "lmao", "rofl", "omg", "bro", "bruh", "pls", "plz", "tbh", "ngl", "imo", "imho", "btw", "idk",
            "yeah", "yep", "nope", "ok", "okay", "hey", "hi", "hello", "u", "ur", "r", "ya", "gonna", "wanna",
            "kinda", "sorta", "guys", "dude", "like", "literally", "basically", "anyone", "someone", "somebody",
            "thing", "things", "stuff", "got", "get", "think", "thought", "believe", "read", "saw", "seen", "look",
            "real", "realy", "wait", "hmm", "huh", "bs", "legit", "seriously", "honestly", "pretty", "sure",
            "mean", "means", "question", "answer", "check", "there", "here", "now", "then", "way", "well", "even");
    private static final List<String> RUSSIAN_FILLER = List.of(
            "правда", "правду", "ли", "это", "что", "как", "когда", "сколько", "кто", "почему", "зачем", "какой",
            "какая", "какие", "каком", "какого", "каких", "какую", "действительно", "разве", "верно", "неужели",
            "говорят", "слышал", "слышала", "слыхал", "скажите", "скажи", "расскажи", "расскажите", "знаешь",
            "знаете", "вообще", "всё", "все", "такое", "так", "также", "же", "утверждают", "утверждение", "пишут",
            "пишет", "можно", "ещё", "еще", "после", "было", "был", "была", "были", "есть", "чем", "где", "куда",
            "откуда", "чей", "чья", "ну", "типа", "короче", "блин", "слышь", "слушай", "прям", "прямо", "реально",
            "ребят", "ребята", "плз", "пж", "пожалуйста", "чё", "че", "чо", "вроде", "мол", "дескать",
            "вот", "ведь", "вон", "щас", "ваще", "кстати", "походу", "наверное", "наверно", "честно", "серьёзно",
            "серьезно", "интересно", "вопрос", "ответ", "проверь", "проверьте", "подскажите", "подскажи", "хочу",
            "узнать", "знать", "читал", "читала", "видел", "видела", "сказал", "сказали", "значит", "итак", "ага",
            "угу", "лол", "ахах", "хаха", "ок", "окей", "привет", "здравствуйте", "нет", "да", "там", "тут", "здесь",
            "сейчас", "тогда", "много", "мало", "очень", "просто", "тоже", "какой-то", "что-то", "кто-то", "ещё");

    /**
     * The same for Kazakh, Kyrgyz, Tajik and Uzbek in Cyrillic, and Uzbek in Latin letters (apostrophes off, as
     * {@link #clean} leaves them: toʻgʻrimi is togrimi).
     */
    private static final List<String> REGION_CYRILLIC_FILLER = List.of(
            // Kazakh
            "ма", "ме", "ба", "бе", "па", "пе", "қашан", "неше", "қанша", "кім", "неге", "неліктен", "қандай", "қай",
            "қайда", "рас", "расында", "расымен", "шын", "шынымен", "шынында", "бар", "жоқ", "еді", "екен", "ғой",
            "және", "мен", "бұл", "осы", "сол", "деп", "дейді", "дейді", "айтады", "туралы", "үшін", "жылы", "шы",
            "білесің", "білесіз", "айтшы", "айтыңызшы", "дұрыс", "өтірік", "қалай", "болды", "болған", "ше",
            // Kyrgyz
            "качан", "канча", "ким", "эмне", "эмнеге", "кандай", "кайда", "чынбы", "чын", "беле", "болгон", "жана",
            "менен", "бул", "ошол", "туурабы", "туура",
            // Tajik
            "кай", "чанд", "кӣ", "чӣ", "чаро", "оё", "ҳақиқат", "рост", "дар", "ва", "бо", "аз", "ин", "он", "буд",
            "шуд", "соли", "дуруст",
            // Uzbek in Cyrillic
            "қачон", "нима", "нимага", "нега", "қанча", "неча", "нечта", "қаерда", "қайси", "ҳақиқатан", "ростми",
            "йил", "йилда", "йили", "бўлган", "эди", "эмас", "билан", "учун", "ҳақида", "шу", "бу", "экан", "ми",
            "тўғрими", "деб", "ҳам");
    private static final List<String> UZBEK_LATIN_FILLER = List.of(
            "qachon", "nima", "nimaga", "nega", "qancha", "necha", "nechta", "qayerda", "qaysi", "qanday",
            "haqiqatan", "haqiqatdan", "rostmi", "rost", "togrimi", "togri", "yil", "yilda", "yili", "bolgan", "boldi",
            "edi", "emas", "va", "bilan", "uchun", "haqida", "shu", "bu", "ekan", "ekanmi", "mi", "deyishadi",
            "aytishadi", "ozi", "deb", "ham", "esa", "lekin", "ammo", "nimadir", "kimdir", "bormi", "yoqmi", "yolgon");

    /** Texts longer than this (characters) remember the forms of their words while they are analysed. */
    private static final int LONG_TEXT = 1000;

    private static final CharArraySet ENGLISH_STOP_WORDS = stopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            concat(ENGLISH_FILLER, UZBEK_LATIN_FILLER));
    private static final CharArraySet RUSSIAN_STOP_WORDS = stopSet(RussianAnalyzer.getDefaultStopSet(),
            concat(RUSSIAN_FILLER, REGION_CYRILLIC_FILLER));

    /** Letters only the Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic alphabets have: such a word is not Russian. */
    private static final String TURKIC_AND_TAJIK_LETTERS = "әғқңөұүһіҷҳӣӯў";

    /** Words that multiply the number before them: 100k, 100 тыс., 100 мың, 100 ming, 1.5 million, 2 млрд. */
    private static final Map<String, Long> MAGNITUDES = Map.ofEntries(
            Map.entry("k", 1_000L), Map.entry("к", 1_000L), Map.entry("тыс", 1_000L), Map.entry("тысяч", 1_000L),
            Map.entry("тысячи", 1_000L), Map.entry("тысяча", 1_000L), Map.entry("thousand", 1_000L),
            Map.entry("thousands", 1_000L),
            Map.entry("мың", 1_000L), Map.entry("мыңнан", 1_000L), Map.entry("мыңның", 1_000L), Map.entry("мыңға", 1_000L),
            Map.entry("миң", 1_000L), Map.entry("ming", 1_000L), Map.entry("минг", 1_000L), Map.entry("ҳазор", 1_000L),
            Map.entry("hazor", 1_000L),
            Map.entry("mln", 1_000_000L), Map.entry("mn", 1_000_000L),
            Map.entry("млн", 1_000_000L), Map.entry("million", 1_000_000L), Map.entry("millions", 1_000_000L),
            Map.entry("миллион", 1_000_000L), Map.entry("миллиона", 1_000_000L), Map.entry("миллионов", 1_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("млрд", 1_000_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("миллиард", 1_000_000_000L), Map.entry("миллиарда", 1_000_000_000L),
            Map.entry("миллиардов", 1_000_000_000L));
    /** Words after a number that make it a year, not a duration: в 91 году, 91 жылы, 91 yilda. */
    private static final Set<String> IN_THE_YEAR = Set.of("году", "жылы", "жылғы", "yilda", "yilgi", "йилда", "йилги");
    /** Endings after a hyphen that make a number a year or a decade: 91-го, 2015-м, 30-х, 1990-е. */
    private static final Set<String> YEAR_ENDINGS = Set.of("го", "м", "й", "ом", "ый", "ого", "х", "е", "ых");
    private static final Set<String> DECADE_ENDINGS = Set.of("х", "е", "ых", "s");

    /**
     * One word of a text. {@code start}/{@code end} are its characters in the original text; {@code plain} is it
     * lower-cased without accents or apostrophes; {@code stem}, {@code skeleton} and {@code concept} (its glossary
     * group, or null) are what it is matched by. A number's forms are its value ("100000", "17.7"); a year or a
     * decade also has its range of years.
     */
    record Word(int start, int end, String plain, String stem, String skeleton, String concept, boolean stop,
            boolean number, int yearFrom, int yearTo) {

        boolean content() {
            return !stop;
        }

        boolean year() {
            return yearFrom > 0;
        }
    }

    /** The forms of one word, the same wherever it stands; cached while a whole knowledge base is analysed. */
    private record Forms(String plain, String stem, String skeleton, String concept, boolean stop) {
    }

    private final GlossaryMatcher glossary;
    private final Map<String, Forms> cache;

    /** An analysis for one thread: it holds stemmers, which are not thread-safe. */
    Analysis(GlossaryMatcher glossary) {
        this(glossary, null);
    }

    private Analysis(GlossaryMatcher glossary, Map<String, Forms> cache) {
        this.glossary = glossary;
        this.cache = cache;
    }

    /** An analysis that remembers every word's forms: for analysing many texts that share words (a build). */
    static Analysis caching(GlossaryMatcher glossary) {
        return new Analysis(glossary, new HashMap<>());
    }

    private final SnowballStemmer english = new EnglishStemmer();
    private final SnowballStemmer russian = new RussianStemmer();

    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        List<int[]> raw = tokens(text);
        // A long text repeats its words: each is analysed once.
        Map<String, Forms> known = cache != null ? cache : text.length() > LONG_TEXT ? new HashMap<>() : null;
        for (int i = 0; i < raw.size(); i++) {
            int start = raw.get(i)[0];
            int end = raw.get(i)[1];
            String token = text.substring(start, end);
            if (Character.isDigit(token.codePointAt(0)) || token.startsWith("2k")) {
                i = number(text, raw, i, words);
                continue;
            }
            Forms forms = known == null ? null : known.get(token);
            if (forms == null) {
                forms = forms(clean(token), known);
                if (known != null && forms != null) {
                    known.put(token, forms);
                }
            }
            if (forms != null) {
                words.add(new Word(start, end, forms.plain(), forms.stem(), forms.skeleton(), forms.concept(),
                        forms.stop(), false, 0, 0));
            }
        }
        return words;
    }

    /** The stem of one word as a claim's subject names it (lower-cased, cleaned, stemmed by its script). */
    String stemOf(String word) {
        Forms forms = forms(clean(word), cache);
        return forms == null ? "" : forms.stem();
    }

    String skeletonOf(String word) {
        Forms forms = forms(clean(word), cache);
        return forms == null ? "" : forms.skeleton();
    }

    /** Lower case, accents off Latin letters, ё as е, no apostrophes, no English possessive. */
    private static String clean(String token) {
        String lower = token.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        if (plainLetters(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (isApostrophe(c) || type == Character.FORMAT) {
                continue;
            }
            if (type == Character.NON_SPACING_MARK && out.length() > 0
                    && Character.UnicodeScript.of(out.charAt(out.length() - 1)) == Character.UnicodeScript.LATIN) {
                continue; // é -> e; Cyrillic й and ў keep their marks
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Whether the word has no accent, mark, apostrophe or invisible character to take off: most words. */
    private static boolean plainLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean accentedLatin = c >= 0x00C0 && c <= 0x036F || c >= 0x1E00 && c <= 0x1EFF;
            if (accentedLatin || c == 'й' || c == 'ў' || isApostrophe(c) || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private Forms forms(String word, Map<String, Forms> known) {
        if (word.isEmpty()) {
            return null;
        }
        Forms forms = known == null ? null : known.get(word);
        if (forms != null) {
            return forms;
        }
        boolean cyrillic = Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
        if ((cyrillic ? RUSSIAN_STOP_WORDS : ENGLISH_STOP_WORDS).contains(word)) {
            forms = new Forms(word, word, word, null, true); // never matched: no need to stem it
        } else {
            String stem;
            if (cyrillic && containsAny(word, TURKIC_AND_TAJIK_LETTERS)) {
                stem = TurkicEndings.strip(word); // the Russian stemmer would cut a Kazakh word at random
            } else {
                SnowballStemmer stemmer = cyrillic ? russian : english;
                stemmer.setCurrent(word);
                stemmer.stem();
                stem = stemmer.getCurrent();
            }
            forms = new Forms(word, stem, Skeleton.of(word), glossary.groupOf(word), false);
        }
        if (known != null) {
            known.put(word, forms);
        }
        return forms;
    }

    /**
     * Reads a number starting at raw token {@code i}, with what belongs to it: digit groups (100,000; 100 000),
     * a decimal part (1.5, 17,7), a magnitude (100k, 1,5 млн), a year's or decade's ending (91-го, 1930s, 30-х),
     * a short year after a range (1930–33). Returns the index of its last raw token.
     */
    private static int number(String text, List<int[]> raw, int i, List<Word> words) {
        int start = raw.get(i)[0];
        int end = raw.get(i)[1];
        String token = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (token.matches("2k\\d\\d")) { // 2k22
            words.add(yearWord(start, end, 2000 + Integer.parseInt(token.substring(2)), 0));
            return i;
        }
        String digits = leadingDigits(token);
        String rest = token.substring(digits.length());
        if (digits.isEmpty()) {
            return i;
        }
        // Digit groups: "100,000" / "100 000" / "1.000.000" when the first group has at most three digits.
        int last = i;
        StringBuilder value = new StringBuilder(digits);
        while (rest.isEmpty() && digits.length() <= 3 && last + 1 < raw.size()) {
            int[] next = raw.get(last + 1);
            String between = text.substring(raw.get(last)[1], next[0]);
            String nextToken = text.substring(next[0], next[1]);
            if (between.length() == 1 && ",. \u00a0\u202f\u2009".indexOf(between.charAt(0)) >= 0
                    && nextToken.length() >= 3 && leadingDigits(nextToken).length() == 3) {
                value.append(nextToken, 0, 3);
                rest = nextToken.substring(3).toLowerCase(Locale.ROOT);
                last++;
                end = next[1];
                if (!rest.isEmpty()) {
                    break;
                }
            } else {
                break;
            }
        }
        // A decimal part: "1.5", "17,7" (one or two digits after the mark, no space).
        if (rest.isEmpty() && last == i && last + 1 < raw.size()) {
            int[] next = raw.get(last + 1);
            String between = text.substring(raw.get(last)[1], next[0]);
            String nextToken = text.substring(next[0], next[1]);
            String nextDigits = leadingDigits(nextToken);
            if ((between.equals(".") || between.equals(",")) && nextDigits.length() >= 1 && nextDigits.length() <= 2) {
                value.append('.').append(nextDigits);
                rest = nextToken.substring(nextDigits.length()).toLowerCase(Locale.ROOT);
                last++;
                end = next[1];
            }
        }
        boolean twoDigitYear = digits.length() == 2 && start > 0 && isApostrophe(text.charAt(start - 1));
        // A magnitude, attached (100k) or the next word (100 тыс.).
        Long magnitude = rest.isEmpty() ? null : MAGNITUDES.get(rest);
        if (rest.isEmpty() && last + 1 < raw.size()
                && text.substring(raw.get(last)[1], raw.get(last + 1)[0]).isBlank()) {
            int[] next = raw.get(last + 1);
            magnitude = MAGNITUDES.get(text.substring(next[0], next[1]).toLowerCase(Locale.ROOT));
            if (magnitude != null) {
                last++;
                end = next[1];
            }
        }
        if (magnitude != null) {
            double scaled = Double.parseDouble(value.toString()) * magnitude;
            words.add(numberWord(start, end, Long.toString(Math.round(scaled))));
            return last;
        }
        String ending = rest.startsWith("-") ? rest.substring(1) : rest;
        boolean plain = !value.toString().contains(".") && value.length() == digits.length();
        if (plain && digits.length() == 4 && isYear(Integer.parseInt(digits))) {
            int year = Integer.parseInt(digits);
            boolean decade = year % 10 == 0 && DECADE_ENDINGS.contains(ending);
            words.add(yearWord(start, end, year, decade ? year + 9 : 0));
            return last;
        }
        // Two digits are a year only when written as one: '99, 91-го, 99м году, в 91 году, 91 жылы, 91 yilda, the
        // 90s (but not SS-18s, "18м", nor a duration: 22 года, 25 жыл, 25 yil).
        String next = last + 1 < raw.size()
                ? text.substring(raw.get(last + 1)[0], raw.get(last + 1)[1]).toLowerCase(Locale.ROOT) : "";
        boolean yearWord = next.startsWith("год");
        boolean asYear = twoDigitYear || (YEAR_ENDINGS.contains(ending) && (rest.startsWith("-") || yearWord))
                || (ending.isEmpty() && IN_THE_YEAR.contains(next))
                || (ending.equals("s") && Integer.parseInt(digits) % 10 == 0);
        if (plain && digits.length() == 2 && asYear) {
            int year = Integer.parseInt(digits);
            boolean decade = year % 10 == 0 && DECADE_ENDINGS.contains(ending);
            int century = decade || year >= 25 ? 1900 : 2000;
            words.add(yearWord(start, end, century + year, decade ? century + year + 9 : 0));
            return last;
        }
        // The end of a range of years: 1930–33.
        if (plain && digits.length() == 2 && !words.isEmpty() && words.get(words.size() - 1).year()
                && text.substring(words.get(words.size() - 1).end(), start).matches("\\s*[-–—]\\s*")) {
            int previous = words.get(words.size() - 1).yearFrom();
            words.add(yearWord(start, end, previous / 100 * 100 + Integer.parseInt(digits), 0));
            return last;
        }
        words.add(numberWord(start, end, value.toString()));
        return last;
    }

    private static Word numberWord(int start, int end, String value) {
        return new Word(start, end, value, value, value, null, false, true, 0, 0);
    }

    private static Word yearWord(int start, int end, int year, int decadeEnd) {
        String value = Integer.toString(year);
        return new Word(start, end, value, value, value, null, false, true, year, decadeEnd == 0 ? year : decadeEnd);
    }

    static boolean isYear(int n) {
        return n >= 1000 && n <= 2099;
    }

    private static String leadingDigits(String token) {
        int n = 0;
        while (n < token.length() && Character.isDigit(token.charAt(n))) {
            n++;
        }
        return token.substring(0, n);
    }

    /**
     * The raw tokens of a text as {start, end} pairs: runs of letters, digits and marks, with apostrophes
     * inside words (o'zbek, Kazakhstan's) and invisible format characters kept, and a hyphen kept only
     * between a number and a short ending (30-х, 91-го; but 7-volume is two words).
     */
    static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n) {
                c = text.codePointAt(i);
                if (isWordChar(c) || Character.getType(c) == Character.FORMAT) {
                    i += Character.charCount(c);
                } else if (isApostrophe((char) c) && i > start && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else if (c == '-' && i > start && Character.isDigit(text.charAt(i - 1)) && shortEndingAt(text, i + 1)) {
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            while (end > start && Character.getType(text.charAt(end - 1)) == Character.FORMAT) {
                end--;
            }
            if (end > start) {
                tokens.add(new int[] {start, end});
            }
        }
        return tokens;
    }

    /** Whether one to three letters, then no more letters, start at {@code i}: the ending of 91-го, 30-х, 2015-м. */
    private static boolean shortEndingAt(String text, int i) {
        int letters = 0;
        while (i + letters < text.length() && Character.isLetter(text.charAt(i + letters))) {
            letters++;
        }
        return letters >= 1 && letters <= 3;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean containsAny(String word, String letters) {
        for (int i = 0; i < word.length(); i++) {
            if (letters.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʻ' || c == 'ʼ' || c == '‘' || c == '`' || c == 'ʹ';
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static CharArraySet stopSet(CharArraySet base, List<String> extra) {
        CharArraySet set = new CharArraySet(base.size() + extra.size(), true);
        set.addAll(base);
        set.addAll(extra);
        return CharArraySet.unmodifiableSet(set);
    }
}
