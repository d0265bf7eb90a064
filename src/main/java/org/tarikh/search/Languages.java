package org.tarikh.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses the language of a text among those Tarikh speaks — English, Russian, Kazakh, Uzbek (Latin or Cyrillic),
 * Kyrgyz and Tajik — first from the letters only some alphabets have (ә ғ қ ң ө ұ ү һ і; ў; ӣ ӯ ҷ; oʻ gʻ), then from
 * OpenNLP's language-detection model (Apache OpenNLP, trained on the Leipzig corpora, 103 languages), which
 * tells Kazakh, Kyrgyz, Tajik and Uzbek written without those letters from Russian and English.
 */
public final class Languages {
    /** The languages Tarikh speaks, by their codes in the knowledge files. */
    public static final List<String> SPOKEN = org.tarikh.knowledge.Claim.LANGUAGES;

    /** OpenNLP's ISO 639-3 codes for them. */
    private static final Map<String, String> OURS = Map.of("eng", "en", "rus", "ru", "kaz", "kk", "uzb", "uz",
            "kir", "ky", "tgk", "tg");

    /** OpenNLP's guess counts only this sure, and only for a text of at least so many words: short ones are noise. */
    private static final double CONFIDENT = 0.9;
    private static final int GUESSED_WORDS = 5;

    /** English's small words that Uzbek never writes (not "on", "it", "men", which are Uzbek words too). */
    private static final Set<String> ENGLISH_SMALL_WORDS = Set.of("the", "of", "and", "to", "in", "is", "was",
            "were", "that", "this", "by", "for", "with", "are", "did", "does", "how", "what", "when", "who", "why",
            "an", "from", "be", "been", "has", "have", "had", "not", "or", "which", "there");

    /** Words that only Uzbek writes in Latin letters this way: questions and everyday words people type. */
    private static final Set<String> UZBEK_LATIN_WORDS = Set.of("qachon", "nima", "nimaga", "nega", "qancha",
            "necha", "qayerda", "qanday", "haqiqatan", "rostmi", "toʻgʻrimi", "togrimi", "yil", "yilda",
            "yilgi", "boʻlgan", "bolgan", "edi", "emas", "va", "bilan", "uchun", "haqida", "shu", "bu", "oʻzbek",
            "ozbek", "oʻzbekiston", "ozbekiston", "sovet", "davrida", "ekan", "ekanmi", "mi", "deyishadi", "bugun",
            "endi", "deb", "beri", "bir", "majbur", "bor", "yoq", "kerak", "mumkin", "qiling", "pul", "narxi");

    private static final org.apache.lucene.analysis.CharArraySet RUSSIAN_STOP_WORDS =
            org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet();
    private static final Set<String> SHARED_WITH_KAZAKH = Set.of("не", "да", "а", "о", "с", "у", "бы", "ли");

    /** Kazakh words without Kazakh letters, as people type them on a Russian keyboard. */
    private static final Set<String> KAZAKH_PLAIN_WORDS = Set.of("жылы", "жылдары", "жылдардагы", "ма", "ме", "ба",
            "бе", "па", "пе", "деген", "рас", "шыгарылган", "болган", "кезинде", "туралы", "жане", "кандай", "канша",
            "кашан", "неше", "ойдан", "откизген", "казак", "казакстан", "казакстанда", "алып", "ен");
    /** Uzbek words written in Cyrillic without ў қ ғ ҳ. */
    private static final Set<String> UZBEK_CYRILLIC_WORDS = Set.of("ростми", "дейишади", "эди", "энг", "бугун",
            "борми", "бошлаган", "нима", "нега", "йил", "йилда", "йилги", "билан", "учун", "эмас", "экан", "бу",
            "шу", "ва", "бири", "лагерларидан", "қилган", "бўйича", "хиёбонида", "концерт");

    /** Loaded on first use (10 MB); a detector per thread, as OpenNLP's are not made to be shared. */
    private static final class Detector {
        static final LanguageDetectorModel MODEL = model();
        static final ThreadLocal<LanguageDetectorME> PER_THREAD =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));
    }

    private Languages() {
    }

    /** The language of {@code text}: one of {@link #SPOKEN}; English for a text without letters. */
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
        String lower = text.toLowerCase(Locale.ROOT);
        if (cyrillic == 0 || cyrillic < latin) {
            return latinLanguage(lower);
        }
        if (russianWords(lower) >= 2) {
            return "ru"; // a Russian sentence that names Шоқай or Жаңаөзен in their own spelling
        }
        String byLetters = cyrillicByLetters(lower);
        if (byLetters != null) {
            return byLetters;
        }
        String guess = cyrillic >= GUESSED_WORDS ? guess(text) : null;
        return guess != null && !guess.equals("en") ? guess : "ru";
    }

    /** How many of the words are Russian's own small words (и, в, что, как; not не, да, а, which Kazakh has too). */
    private static int russianWords(String lower) {
        int count = 0;
        for (String word : lower.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && RUSSIAN_STOP_WORDS.contains(word) && !SHARED_WITH_KAZAKH.contains(word)) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code language} is one Tarikh speaks. */
    public static boolean spoken(String language) {
        return SPOKEN.contains(language);
    }

    /** Uzbek by its oʻ and gʻ, its words, or OpenNLP; English otherwise. */
    private static String latinLanguage(String lower) {
        // Uzbek's oʻ and gʻ, written with any apostrophe (not English's "dog's").
        if (lower.indexOf('ʻ') >= 0 || lower.matches("(?s).*[og]['‘’`](?!s\\b)[a-z].*")) {
            return "uz";
        }
        int uzbek = 0;
        int english = 0;
        int words = 0;
        for (String word : lower.split("[^\\p{L}ʻ']+")) {
            if (!word.isEmpty()) {
                words++;
                uzbek += uzbekLooking(word) ? 1 : 0;
                english += ENGLISH_SMALL_WORDS.contains(word) ? 1 : 0;
            }
        }
        // English has words that look Uzbek ("weakening", "slogan", "agenda"), but not among its small words.
        if (uzbek > english && (uzbek >= 2 || (uzbek == 1 && words <= 3))) {
            return "uz";
        }
        return words >= GUESSED_WORDS && "uz".equals(guess(lower)) ? "uz" : "en";
    }

    /**
     * A word Uzbek writes and English does not: one of its everyday words, a q not followed by u (qachon,
     * haqiqat), or an Uzbek ending (-ning, -gan, -dagi, the question's -mi).
     */
    private static boolean uzbekLooking(String word) {
        if (UZBEK_LATIN_WORDS.contains(word) || word.matches(".*q([^u].*|$)")) {
            return true;
        }
        return word.length() > 4 && (word.endsWith("ning") || word.endsWith("gan") || word.endsWith("dagi")
                || word.endsWith("mi") || word.endsWith("lari") || word.endsWith("larni") || word.endsWith("ganmi"))
                || word.length() >= 6 && (word.endsWith("dan") || word.endsWith("da") || word.endsWith("ga")
                        || word.endsWith("ni"));
    }

    /** The language the letters only some Cyrillic alphabets have give away, or null for plain Russian letters. */
    private static String cyrillicByLetters(String lower) {
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
        if (containsAny(lower, "ҳ")) {
            return guessAmong(lower, "uz", "tg");
        }
        if (containsAny(lower, "қғ")) {
            return guessAmong(lower, "kk", "uz");
        }
        // Typed on a Russian keyboard: words only Kazakh or Uzbek has.
        int kazakh = 0;
        int uzbek = 0;
        for (String word : lower.split("[^\\p{L}]+")) {
            kazakh += KAZAKH_PLAIN_WORDS.contains(word) ? 1 : 0;
            uzbek += UZBEK_CYRILLIC_WORDS.contains(word) ? 1 : 0;
        }
        return kazakh >= 2 && kazakh > uzbek ? "kk" : uzbek >= 2 ? "uz" : null;
    }

    /** OpenNLP's guess among ours, when it is confident; else null. */
    private static String guess(String text) {
        Language best = Detector.PER_THREAD.get().predictLanguage(text);
        String ours = OURS.get(best.getLang());
        return ours != null && best.getConfidence() >= CONFIDENT ? ours : null;
    }

    /** Of two languages the letters allow, the one OpenNLP finds likelier. */
    private static String guessAmong(String text, String first, String second) {
        for (Language language : Detector.PER_THREAD.get().predictLanguages(text)) {
            String ours = OURS.get(language.getLang());
            if (first.equals(ours) || second.equals(ours)) {
                return ours;
            }
        }
        return first;
    }

    private static boolean containsAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static LanguageDetectorModel model() {
        try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP's langdetect-183.bin is not on the class path");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading OpenNLP's language-detection model", e);
        }
    }
}
