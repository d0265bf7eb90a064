package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.tarikh.knowledge.Claim;
import org.tarikh.search.Index.Family;
import org.tarikh.search.Index.SearchField;

/**
 * Matches a question to the claims of an {@link Index}. Lucene finds the candidates; each is then judged by
 * its coverage, the idf-weighted share of the question's content words that its texts contain, with names
 * and numbers weighing more. The best candidate is the answer only when it covers enough of the question
 * and neither a name the knowledge has never seen nor a year the claim is not about is in the question: a wrong
 * answer is worse than none.
 * User text goes through analyzers only, never through a query parser.
 */
public final class Matcher {
    /** The least confidence at which the best candidate is given as the answer; set on the eval sets. */
    public static final double ANSWER_THRESHOLD = 0.515;
    static final int MAX_CANDIDATES = 5;
    /** Longer text (a pasted article) is matched by its beginning, which keeps queries small and fast. */
    static final int MAX_QUESTION_LENGTH = 1000;
    /** A name or a number says more about which claim is meant than an ordinary word. */
    static final double NAME_WEIGHT = 3;
    /** A word that only shares its beginning with a claim's word (Туркмении, Туркменистан) counts this much. */
    static final double RELATED_WORD_CREDIT = 0.8;
    /** How much Lucene's ranking counts, besides coverage, in choosing among the candidates. */
    static final double SCORE_WEIGHT = 0.5;

    private final Index index;
    private final Map<SearchField, QueryBuilder> queryBuilders = new LinkedHashMap<>();

    public Matcher(Index index) {
        this.index = index;
        for (SearchField field : SearchField.values()) {
            queryBuilders.put(field, new QueryBuilder(index.analyzer(field.family)));
        }
    }

    public Index index() {
        return index;
    }

    public MatchResult match(String question) {
        String text = withoutFormatCharacters(question);
        text = text.length() > MAX_QUESTION_LENGTH ? text.substring(0, MAX_QUESTION_LENGTH) : text;
        String language = Languages.detect(text);
        List<ContentWord> words = contentWords(text, language.equals("en") ? Family.ENGLISH : Family.RUSSIAN);
        Query query = query(text);
        if (query == null || words.isEmpty()) {
            return new MatchResult(language, List.of(), 0, false);
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            TopDocs top = index.searcher().search(query, MAX_CANDIDATES);
            for (ScoreDoc hit : top.scoreDocs) {
                Claim claim = index.claimOf(hit.doc);
                candidates.add(new Candidate(claim, hit.score, coverage(claim, words)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
        if (candidates.isEmpty()) {
            return new MatchResult(language, candidates, 0, false);
        }
        float topScore = candidates.get(0).score();
        candidates.sort(Comparator.comparingDouble(
                (Candidate c) -> c.coverage() + SCORE_WEIGHT * c.score() / topScore).reversed());
        Candidate best = candidates.get(0);
        double confidence = hasUnknownName(best.claim(), words) || hasOtherYear(best.claim(), words)
                || hasOtherCountry(best.claim(), words) ? 0 : best.coverage();
        return new MatchResult(language, candidates, confidence, confidence >= ANSWER_THRESHOLD);
    }

    /** Zero-width and direction marks, invisible but splitting or gluing words, are dropped. */
    private static String withoutFormatCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    private Query query(String text) {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<SearchField, QueryBuilder> entry : queryBuilders.entrySet()) {
            Query query = entry.getValue().createBooleanQuery(entry.getKey().name, text, BooleanClause.Occur.SHOULD);
            if (query != null) {
                perField.add(new BoostQuery(query, entry.getKey().boost));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
    }

    /**
     * A word of the question that carries meaning, in its stemmed and transliterated forms, with its weight;
     * {@code name} for a capitalised word inside the sentence, an acronym or a number.
     */
    private record ContentWord(Family family, String stem, String skeleton, double weight, boolean name,
            boolean unknown) {
    }

    private List<ContentWord> contentWords(String text, Family family) {
        Analyzer stemmer = index.analyzer(family);
        Analyzer latin = index.analyzer(Family.LATIN);
        Map<String, ContentWord> words = new LinkedHashMap<>();
        String[] tokens = text.split("[^\\p{L}\\p{N}'’]+");
        for (int i = 0; i < tokens.length; i++) {
            String word = tokens[i];
            List<String> stems = Index.analyze(stemmer, word);
            List<String> skeletons = Index.analyze(latin, word);
            if (stems.isEmpty() || skeletons.isEmpty()) {
                continue; // a stop word or a question word
            }
            String stem = stems.get(0);
            String skeleton = skeletons.get(0);
            int docFreq = Math.max(index.docFreq(family, stem), index.docFreq(Family.LATIN, skeleton));
            boolean name = isName(word, i > 0 && !tokens[i - 1].isEmpty());
            double weight = idf(docFreq) * (name ? NAME_WEIGHT : 1);
            words.putIfAbsent(stem, new ContentWord(family, stem, skeleton, weight, name, docFreq == 0));
        }
        return List.copyOf(words.values());
    }

    /** A number, an acronym (КПК, USSR), or a capitalised word that does not begin the text. */
    private static boolean isName(String word, boolean insideSentence) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        boolean acronym = word.length() > 1 && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
        return acronym || (capitalised && insideSentence);
    }

    private double coverage(Claim claim, List<ContentWord> words) {
        double covered = 0;
        double total = 0;
        for (ContentWord word : words) {
            total += word.weight();
            if (has(claim, word)) {
                covered += word.weight();
            } else if (hasRelated(claim, word)) {
                covered += word.weight() * RELATED_WORD_CREDIT;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** A name the whole knowledge base never uses (Belarus, Ireland) means the question is about something else. */
    private boolean hasUnknownName(Claim claim, List<ContentWord> words) {
        return words.stream().anyMatch(w -> w.name() && w.unknown() && !has(claim, w) && !hasRelated(claim, w));
    }

    /** A year the claim is not about (1990 for a claim on 2010) means the question is about another event. */
    private boolean hasOtherYear(Claim claim, List<ContentWord> words) {
        return words.stream().anyMatch(w -> Index.isYear(w.skeleton()) && !index.coversYear(claim, Integer.parseInt(w.skeleton())));
    }

    /** Countries by the beginnings of their names' transliterated skeletons (see {@link SkeletonFilter}). */
    static final Map<String, List<String>> COUNTRIES = Map.ofEntries(
            Map.entry("kazakhstan", List.of("kazah", "kazak", "kasah")),
            Map.entry("kyrgyzstan", List.of("kirgiz", "kirgis", "kirgh")),
            Map.entry("tajikistan", List.of("tajik", "tadjik")),
            Map.entry("uzbekistan", List.of("uzbek")),
            Map.entry("turkmenistan", List.of("turkmen")),
            Map.entry("russia", List.of("russi", "rossi")),
            Map.entry("ukraine", List.of("ukrain")),
            Map.entry("belarus", List.of("belarus", "belorus")),
            Map.entry("moldova", List.of("moldov", "moldav")),
            Map.entry("georgia", List.of("georgi", "gruzi")),
            Map.entry("armenia", List.of("armeni")),
            Map.entry("azerbaijan", List.of("azerbai", "azerbaj")),
            Map.entry("china", List.of("china", "chines", "kitai", "kitaj")),
            Map.entry("usa", List.of("usa", "amerik", "americ", "sha")),
            Map.entry("afghanistan", List.of("afgan", "afghan")),
            Map.entry("mongolia", List.of("mongol")),
            Map.entry("poland", List.of("poland", "polish", "polsh", "polsk")),
            Map.entry("ireland", List.of("irland", "ireland", "irish")));

    /** Shorter names (США: sha, usa) must match whole words, longer ones begin them (Kazakh, Kazakhstan). */
    private static final int MIN_NAME_PREFIX = 5;

    private static boolean names(String skeleton, String name) {
        return name.length() < MIN_NAME_PREFIX ? skeleton.equals(name) : skeleton.startsWith(name);
    }

    /** A country the question names but the claim's own words (claim, paraphrases, keywords) never do. */
    private boolean hasOtherCountry(Claim claim, List<ContentWord> words) {
        for (ContentWord word : words) {
            for (Map.Entry<String, List<String>> country : COUNTRIES.entrySet()) {
                if (country.getValue().stream().anyMatch(name -> names(word.skeleton(), name))
                        && country.getValue().stream().noneMatch(name -> name.length() < MIN_NAME_PREFIX
                                ? index.hasTerm(claim, Family.LATIN, name)
                                : index.hasTermStartingWith(claim, Family.LATIN, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean has(Claim claim, ContentWord word) {
        return index.hasTerm(claim, word.family(), word.stem()) || index.hasTerm(claim, Family.LATIN, word.skeleton());
    }

    private boolean hasRelated(Claim claim, ContentWord word) {
        return index.hasRelatedTerm(claim, word.family(), word.stem())
                || index.hasRelatedTerm(claim, Family.LATIN, word.skeleton());
    }

    /** BM25's idf over claims: a word few claims use tells more about which claim is meant. */
    private double idf(int docFreq) {
        int claims = index.size();
        return Math.log(1 + (claims - docFreq + 0.5) / (docFreq + 0.5));
    }
}
