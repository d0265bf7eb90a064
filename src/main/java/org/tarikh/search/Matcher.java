package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Matches a question to the claims of an {@link Index}. Lucene ranks the claims; the best one is the answer
 * only when it covers enough of what the question asks about: a wrong answer is worse than none.
 * User text goes through analyzers only, never through a query parser.
 */
public final class Matcher {
    /** The least confidence at which the best candidate is given as the answer; set on the eval sets. */
    public static final double ANSWER_THRESHOLD = 0.6;
    static final int MAX_CANDIDATES = 5;
    /** Longer text (a pasted article) is matched by its beginning, which keeps queries small and fast. */
    static final int MAX_QUESTION_LENGTH = 1000;

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
        double confidence = confidence(candidates);
        return new MatchResult(language, candidates, confidence, confidence >= ANSWER_THRESHOLD);
    }

    /** Zero-width and direction marks, invisible but splitting or gluing words, are dropped. */
    private static String withoutFormatCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static double confidence(List<Candidate> candidates) {
        return candidates.get(0).coverage();
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

    /** A word of the question that carries meaning, in its stemmed and transliterated forms, with its weight. */
    private record ContentWord(Family family, String stem, String skeleton, double weight) {
    }

    private List<ContentWord> contentWords(String text, Family family) {
        Analyzer stemmer = index.analyzer(family);
        Analyzer latin = index.analyzer(Family.LATIN);
        Map<String, ContentWord> words = new LinkedHashMap<>();
        for (String word : text.split("[^\\p{L}\\p{N}'’]+")) {
            List<String> stems = Index.analyze(stemmer, word);
            List<String> skeletons = Index.analyze(latin, word);
            if (stems.isEmpty() || skeletons.isEmpty()) {
                continue; // a stop word or a question word
            }
            String stem = stems.get(0);
            String skeleton = skeletons.get(0);
            int docFreq = Math.max(index.docFreq(family, stem), index.docFreq(Family.LATIN, skeleton));
            words.putIfAbsent(stem, new ContentWord(family, stem, skeleton, idf(docFreq)));
        }
        return List.copyOf(words.values());
    }

    private double coverage(Claim claim, List<ContentWord> words) {
        double covered = 0;
        double total = 0;
        for (ContentWord word : words) {
            total += word.weight();
            if (index.hasTerm(claim, word.family(), word.stem()) || index.hasTerm(claim, Family.LATIN, word.skeleton())) {
                covered += word.weight();
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** BM25's idf over claims: a word few claims use tells more about which claim is meant. */
    private double idf(int docFreq) {
        int claims = index.size();
        return Math.log(1 + (claims - docFreq + 0.5) / (docFreq + 0.5));
    }
}
