package org.tarikh.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.knowledge.Claim;
import org.tarikh.search.Analysis.Word;

/**
 * The claims' subjects, compiled for finding which claims a text names. Besides the entries a maintainer wrote, each
 * claim gets two made from its own texts: a name its subject begins with and a detail few claims have, and a name
 * almost no other claim uses. A subject entry ("Kazakh famine|hunger")
 * is a list of slots; a slot is filled by a word of the text that matches one of its alternatives: a word of four
 * letters or more by every word that begins with it (after transliteration: Kazakh = Казахстане), a shorter word
 * or a number by itself, any word by its glossary group, and a long word also by a word one typo away from it as
 * written (Andjan for Andijan, Масалиаев for Масалиев). A claim is named by a stretch of text that fills every slot of one of its entries.
 */
final class Subjects {
    /** Words this short match only whole words (CPK, Ош, 1999). */
    static final int MIN_PREFIX = 4;
    /** Typos are forgiven in subject words at least this long... */
    static final int MIN_TYPO = 6;
    /** ...in a text's word that begins with the same letter and is at most this much longer (an ending). */
    private static final int MAX_ENDING = 4;

    /**
     * One alternative of a slot of an entry of a claim; {@code id} numbers the entry among all claims' entries;
     * {@code detail} marks a word that names the claim without being its subject (see {@link #detailEntry});
     * {@code generated} an entry made from the claim's texts rather than written by a maintainer.
     */
    record Ref(int claim, int entry, int slot, int id, boolean detail, boolean generated) {
    }

    /** A compiled entry: its text (for explanations), how many slots it has, whether it is a name-and-detail one. */
    record Entry(String text, int slots, boolean byDetail) {
    }

    private final List<List<Entry>> entriesByClaim = new ArrayList<>();
    private final Map<String, List<Ref>> byWhole = new HashMap<>();
    private final Map<String, List<Ref>> byBeginning = new HashMap<>();
    private final Map<String, List<Ref>> byConcept = new HashMap<>();
    /** Long subject words as written (lower case), with what they fill, for forgiving typos... */
    private final Map<String, List<Ref>> byPlain = new HashMap<>();
    /**
     * ...found by their first letter paired with the second and with the third: one typo after the first letter
     * leaves a word's first two or first and third letters as one of these pairs (ab for abc, abd, acd, acb).
     */
    private final Map<String, List<String>> typoBuckets = new HashMap<>();
    private int longestBeginning;
    private int entryCount;

    /** {@code names} are the skeletons of the words the knowledge writes capitalised (see {@link Index#isName}). */
    Subjects(List<Claim> claims, Analysis analysis, Set<String> names) {
        for (int c = 0; c < claims.size(); c++) {
            List<Entry> entries = new ArrayList<>();
            for (List<String> texts : inLanguageOrder(claims.get(c).subject())) {
                for (String text : texts) {
                    String[] slots = text.strip().split("\\s+");
                    int slot = 0;
                    for (String alternatives : slots) {
                        boolean any = false;
                        for (String alternative : alternatives.split("\\|")) {
                            any |= add(new Ref(c, entries.size(), slot, entryCount, false, false), alternative, analysis);
                        }
                        slot += any ? 1 : 0;
                    }
                    entries.add(new Entry(text, slot, false));
                    entryCount++;
                }
            }
            entriesByClaim.add(entries);
        }
        // How many claims have each detail, counted by its first letters, so that endings do not make it rare.
        Map<String, Set<Integer>> claimsByBeginning = new HashMap<>();
        List<Map<String, String>> details = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            details.add(details(claims.get(c), analysis, names));
            int claim = c;
            details.get(c).keySet().forEach(k -> claimsByBeginning.computeIfAbsent(detailBeginning(k), b -> new HashSet<>()).add(claim));
        }
        Map<String, Integer> claimsWithDetail = new HashMap<>();
        details.forEach(d -> d.keySet().forEach(k -> claimsWithDetail.put(k, claimsByBeginning.get(detailBeginning(k)).size())));
        for (int c = 0; c < claims.size(); c++) {
            detailEntry(c, names(claims.get(c), analysis), details.get(c), claimsWithDetail, analysis);
            rareNameEntry(c, details.get(c), claimsWithDetail, names, analysis);
        }
    }

    /** The letters a detail is counted by: Назарбаев and Назарбаеву are one name, 1,2 and 12 are not one number. */
    private static String detailBeginning(String skeleton) {
        return Character.isDigit(skeleton.charAt(0)) ? skeleton : skeleton.substring(0, Math.min(skeleton.length(), 6));
    }

    /** A name only this many claims use names them by itself: Tuyakbay, Shcherbina, Ayni. */
    static final int MAX_CLAIMS_PER_RARE_NAME = 2;

    /** The claim's rare-name entry: one slot, filled by a name of its texts that almost no other claim uses. */
    private void rareNameEntry(int c, Map<String, String> details, Map<String, Integer> claimsWithDetail,
            Set<String> names, Analysis analysis) {
        List<String> rare = new ArrayList<>();
        details.forEach((skeleton, written) -> {
            if (names.contains(skeleton) && skeleton.length() >= MIN_PREFIX
                    && claimsWithDetail.get(skeleton) <= MAX_CLAIMS_PER_RARE_NAME) {
                rare.add(written);
            }
        });
        if (rare.isEmpty()) {
            return;
        }
        List<Entry> entries = entriesByClaim.get(c);
        Ref name = new Ref(c, entries.size(), 0, entryCount, true, true);
        rare.forEach(n -> add(name, n, analysis));
        entries.add(new Entry("a name few claims use: " + String.join("|", rare), 1, true));
        entryCount++;
    }

    /** A detail shared by more claims than this tells none of them apart: "president", "1991", "party". */
    static final int MAX_CLAIMS_PER_DETAIL = 4;

    /**
     * The claim's name-and-detail entry: a name its subject begins with (Akayev, Бакиев, IRPT) and a word or number
     * of its own that few claims have (fled, пожизненн, 97.7, 2014), so that "акаев через казахстан в россию
     * улетел" and "назарбаев 97,7 процента" name their claims though no hand-written entry foresaw the detail.
     */
    private void detailEntry(int c, Map<String, String> names, Map<String, String> details,
            Map<String, Integer> claimsWithDetail, Analysis analysis) {
        List<String> rare = new ArrayList<>();
        details.forEach((skeleton, written) -> {
            boolean partOfName = names.keySet().stream().anyMatch(n -> n.startsWith(skeleton) || skeleton.startsWith(n));
            if (!partOfName && claimsWithDetail.get(skeleton) <= MAX_CLAIMS_PER_DETAIL) {
                rare.add(written);
            }
        });
        if (names.isEmpty() || rare.isEmpty()) {
            return;
        }
        List<Entry> entries = entriesByClaim.get(c);
        Ref name = new Ref(c, entries.size(), 0, entryCount, false, true);
        Ref detail = new Ref(c, entries.size(), 1, entryCount, true, true);
        names.values().forEach(n -> add(name, n, analysis));
        rare.forEach(d -> add(detail, d, analysis));
        entries.add(new Entry(String.join("|", names.values()) + " + one of its own words: " + String.join("|", rare), 2, true));
        entryCount++;
    }

    /** The names the claim's subject entries begin with, by skeleton: capitalised words with no glossary group. */
    private static Map<String, String> names(Claim claim, Analysis analysis) {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> texts : inLanguageOrder(claim.subject())) {
            for (String text : texts) {
                for (String alternative : text.strip().split("\\s+")[0].split("\\|")) {
                    List<Word> words = analysis.words(alternative);
                    if (words.size() == 1 && words.get(0).content() && !words.get(0).number()
                            && words.get(0).concept() == null && Character.isUpperCase(alternative.codePointAt(0))) {
                        names.putIfAbsent(words.get(0).skeleton(), alternative);
                    }
                }
            }
        }
        return names;
    }

    /** The claim's own words (its text in every language, its keywords) and its summaries' numbers, by skeleton. */
    private static Map<String, String> details(Claim claim, Analysis analysis, Set<String> names) {
        Map<String, String> details = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>(inLanguageOrder(claim.text()));
        texts.addAll(claim.keywords());
        for (String text : texts) {
            for (Word w : analysis.words(text)) {
                if (w.content() && w.concept() == null && (w.number() || w.skeleton().length() >= MIN_PREFIX)) {
                    details.putIfAbsent(w.skeleton(), text.substring(w.start(), w.end()));
                }
            }
        }
        for (String text : inLanguageOrder(claim.summary())) {
            for (Word w : analysis.words(text)) {
                if (w.number() || (w.content() && w.concept() == null && names.contains(w.skeleton()))) {
                    details.putIfAbsent(w.skeleton(), text.substring(w.start(), w.end()));
                }
            }
        }
        return details;
    }

    /** Adds one alternative word; false when it is a stop word, which fills no slot. */
    private boolean add(Ref ref, String alternative, Analysis analysis) {
        List<Word> words = analysis.words(alternative);
        if (words.size() != 1 || !words.get(0).content()) {
            return false;
        }
        Word word = words.get(0);
        String key = word.skeleton();
        if (word.concept() != null) {
            byConcept.computeIfAbsent(word.concept(), k -> new ArrayList<>()).add(ref);
        }
        // The folded form decides: СССР folds to "sr", which would begin far too many words.
        if (!word.number() && key.length() >= MIN_PREFIX) {
            byBeginning.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
            longestBeginning = Math.max(longestBeginning, key.length());
            String plain = word.plain();
            if (plain.length() >= MIN_TYPO) {
                if (byPlain.computeIfAbsent(plain, k -> new ArrayList<>()).size() == 0) {
                    typoBuckets.computeIfAbsent(plain.substring(0, 2), k -> new ArrayList<>()).add(plain);
                    typoBuckets.computeIfAbsent("" + plain.charAt(0) + plain.charAt(2), k -> new ArrayList<>()).add(plain);
                }
                byPlain.get(plain).add(ref);
            }
        } else {
            byWhole.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
        }
        return true;
    }

    /** A claim's texts in {@link Claim#LANGUAGES}' order: a record's maps iterate in a different order every run. */
    private static <T> List<T> inLanguageOrder(Map<String, T> byLanguage) {
        List<T> ordered = new ArrayList<>();
        for (String language : Claim.LANGUAGES) {
            if (byLanguage.containsKey(language)) {
                ordered.add(byLanguage.get(language));
            }
        }
        return ordered;
    }

    /** How many entries all claims have together. */
    int entryCount() {
        return entryCount;
    }

    List<Entry> entries(int claim) {
        return entriesByClaim.get(claim);
    }

    /** What a word of a text fills: the slots it matches, those from {@code typoFrom} on only by forgiving a typo. */
    record Fill(List<Ref> refs, int typoFrom) {
        static final Fill NONE = new Fill(List.of(), 0);

        /** This fill with another's slots added as typos: for a word the knowledge does not know. */
        Fill withTypos(Fill typos) {
            List<Ref> all = new ArrayList<>(refs);
            all.addAll(typos.refs);
            return new Fill(all, refs.size());
        }

        /** Whether the word names the claim only as a typo of one of its subject words. */
        boolean typoFor(int claim) {
            boolean byTypo = false;
            for (int r = 0; r < refs.size(); r++) {
                if (refs.get(r).claim() == claim) {
                    if (r < typoFrom) {
                        return false;
                    }
                    byTypo = true;
                }
            }
            return byTypo;
        }
    }

    /** The slots a word fills by its beginning, as a whole word, or by its glossary group. */
    Fill fill(Word word) {
        if (!word.content()) {
            return Fill.NONE;
        }
        List<Ref> refs = new ArrayList<>();
        String s = word.skeleton();
        addAll(refs, byWhole.get(s)); // a decade (the 1990s) names the subjects of its first year only, not 1999
        if (!word.number()) {
            for (int end = 1; end <= Math.min(s.length(), longestBeginning); end++) {
                addAll(refs, byBeginning.get(s.substring(0, end)));
            }
        }
        if (word.concept() != null) {
            addAll(refs, byConcept.get(word.concept()));
        }
        return refs.isEmpty() ? Fill.NONE : new Fill(refs, refs.size());
    }

    /** The slots a word fills as a typo of a subject word: for a word the knowledge does not know at all. */
    Fill fillForgivingTypo(Word word) {
        String s = word.plain();
        if (!word.content() || word.number() || s.length() < MIN_TYPO - 1) {
            return Fill.NONE;
        }
        List<Ref> refs = new ArrayList<>();
        // A key in both buckets adds its slots twice, which fills them no differently.
        for (String pair : new String[] {s.substring(0, 2), "" + s.charAt(0) + s.charAt(2)}) {
            for (String key : typoBuckets.getOrDefault(pair, List.of())) {
                if (s.length() <= key.length() + MAX_ENDING && withinOneEditOfBeginning(key, s)) {
                    addAll(refs, byPlain.get(key));
                }
            }
        }
        return refs.isEmpty() ? Fill.NONE : new Fill(refs, 0);
    }

    private static void addAll(List<Ref> into, List<Ref> refs) {
        if (refs != null) {
            into.addAll(refs);
        }
    }

    /** Whether {@code key} is one edit (a letter changed, dropped, added, or two swapped) from a beginning of {@code word}. */
    static boolean withinOneEditOfBeginning(String key, String word) {
        for (int length = key.length() - 1; length <= key.length() + 1; length++) {
            if (length <= word.length() && length > 0 && distanceAtMostOne(key, word, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} is at most one edit from the first {@code lb} letters of {@code word}. */
    private static boolean distanceAtMostOne(String a, String word, int lb) {
        int la = a.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == word.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return i == la || a.regionMatches(i + 1, word, i + 1, la - i - 1) // one letter changed
                    || (i + 1 < la && a.charAt(i) == word.charAt(i + 1) && a.charAt(i + 1) == word.charAt(i)
                            && a.regionMatches(i + 2, word, i + 2, la - i - 2)); // two letters swapped
        }
        return la > lb ? a.regionMatches(i + 1, word, i, lb - i) : a.regionMatches(i, word, i + 1, la - i);
    }
}
