package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;

/**
 * The in-memory Lucene index of a {@link KnowledgeBase}: one document per claim, with its text, paraphrase
 * questions, keywords and summary in an English, a Russian and a transliterated field each. It also keeps,
 * per claim, the set of analysed terms of all its text, which the matcher uses to judge how much of a
 * question a claim covers.
 */
public final class Index {
    static final String ID = "id";
    private static final int MIN_PREFIX = 5;
    private static final NavigableSet<String> EMPTY = Collections.emptyNavigableSet();

    /** A searchable field: its name, the analysis it uses, and how much a match in it weighs. */
    enum SearchField {
        EN_CLAIM("en_claim", Family.ENGLISH, 1.2f),
        EN_QUESTIONS("en_questions", Family.ENGLISH, 1.5f),
        EN_KEYWORDS("en_keywords", Family.ENGLISH, 1.0f),
        EN_SUMMARY("en_summary", Family.ENGLISH, 0.5f),
        RU_CLAIM("ru_claim", Family.RUSSIAN, 1.2f),
        RU_QUESTIONS("ru_questions", Family.RUSSIAN, 1.5f),
        RU_KEYWORDS("ru_keywords", Family.RUSSIAN, 1.0f),
        RU_SUMMARY("ru_summary", Family.RUSSIAN, 0.5f),
        LATIN("latin", Family.LATIN, 0.7f);

        final String name;
        final Family family;
        final float boost;

        SearchField(String name, Family family, float boost) {
            this.name = name;
            this.family = family;
            this.boost = boost;
        }
    }

    /** The three analyses; each claim's terms are kept per family. */
    enum Family { ENGLISH, RUSSIAN, LATIN }

    private final KnowledgeBase knowledge;
    private final IndexSearcher searcher;
    private final Map<Family, Analyzer> analyzers;
    private final Claim[] claimsByDoc;
    private final Map<String, Map<Family, NavigableSet<String>>> termsByClaim;
    private final Map<Family, Map<String, Integer>> docFreq;

    private Index(KnowledgeBase knowledge, IndexSearcher searcher, Map<Family, Analyzer> analyzers)
            throws IOException {
        this.knowledge = knowledge;
        this.searcher = searcher;
        this.analyzers = analyzers;
        IndexReader reader = searcher.getIndexReader();
        this.claimsByDoc = new Claim[reader.maxDoc()];
        StoredFields storedFields = searcher.storedFields();
        for (int doc = 0; doc < claimsByDoc.length; doc++) {
            claimsByDoc[doc] = knowledge.claim(storedFields.document(doc).get(ID)).orElseThrow();
        }
        this.termsByClaim = new HashMap<>();
        this.docFreq = new HashMap<>();
        readTermsByClaim(reader);
    }

    public static Index build(KnowledgeBase knowledge) {
        Map<Family, Analyzer> analyzers = Map.of(
                Family.ENGLISH, Analyzers.english(),
                Family.RUSSIAN, Analyzers.russian(),
                Family.LATIN, Analyzers.latinSkeleton());
        Map<String, Analyzer> perField = new HashMap<>();
        for (SearchField field : SearchField.values()) {
            perField.put(field.name, analyzers.get(field.family));
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analyzers.get(Family.ENGLISH), perField);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity())
                    .setMergeScheduler(new SerialMergeScheduler());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Claim claim : knowledge.claims()) {
                    Document document = new Document();
                    document.add(new StoredField(ID, claim.id()));
                    texts(claim).forEach((field, values) -> values.forEach(
                            value -> document.add(new TextField(field.name, value, Field.Store.NO))));
                    writer.addDocument(document);
                }
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity());
            return new Index(knowledge, searcher, analyzers);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    /** Each claim's analysed terms per family, read back from the index rather than analysing twice. */
    private void readTermsByClaim(IndexReader reader) throws IOException {
        for (Family family : Family.values()) {
            docFreq.put(family, new HashMap<>());
        }
        for (Claim claim : claimsByDoc) {
            Map<Family, NavigableSet<String>> terms = new EnumMap<>(Family.class);
            for (Family family : Family.values()) {
                terms.put(family, new TreeSet<>());
            }
            termsByClaim.put(claim.id(), terms);
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            for (SearchField field : SearchField.values()) {
                Terms terms = leaf.reader().terms(field.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum termsEnum = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
                    String text = term.utf8ToString();
                    postings = termsEnum.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        Claim claim = claimsByDoc[leaf.docBase + doc];
                        if (termsByClaim.get(claim.id()).get(field.family).add(text)) {
                            docFreq.get(field.family).merge(text, 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer analyzer(Family family) {
        return analyzers.get(family);
    }

    Claim claimOf(int doc) {
        return claimsByDoc[doc];
    }

    /** Whether any text of the claim has the term {@code term} in that analysis. */
    boolean hasTerm(Claim claim, Family family, String term) {
        return terms(claim, family).contains(term);
    }

    /**
     * Whether the claim has a term that begins with {@code term} or that {@code term} begins with, both at least
     * five letters: Туркмении and Туркменистан, Ukrainian and Ukraine, which stemming leaves apart.
     */
    boolean hasRelatedTerm(Claim claim, Family family, String term) {
        if (term.length() < MIN_PREFIX) {
            return false;
        }
        NavigableSet<String> terms = terms(claim, family);
        String longer = terms.ceiling(term);
        if (longer != null && longer.startsWith(term)) {
            return true;
        }
        for (int end = MIN_PREFIX; end < term.length(); end++) {
            if (terms.contains(term.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the claim has a term beginning with {@code prefix} in that analysis. */
    boolean hasTermStartingWith(Claim claim, Family family, String prefix) {
        String first = terms(claim, family).ceiling(prefix);
        return first != null && first.startsWith(prefix);
    }

    /**
     * Whether {@code year} falls within a year of the claim's texts give or take one, or between its first and
     * last: a claim on 1930-1933 covers 1932, a claim on 2010 does not cover 1990.
     */
    boolean coversYear(Claim claim, int year) {
        List<Integer> years = Arrays.stream(Family.values()).flatMap(f -> terms(claim, f).stream())
                .filter(Index::isYear).map(Integer::valueOf).toList();
        return !years.isEmpty() && year >= Collections.min(years) - 1
                && year <= Collections.max(years) + 1;
    }

    static boolean isYear(String term) {
        return term.length() == 4 && term.chars().allMatch(Character::isDigit) && (term.startsWith("1") || term.startsWith("20"));
    }

    private NavigableSet<String> terms(Claim claim, Family family) {
        return termsByClaim.get(claim.id()).getOrDefault(family, EMPTY);
    }

    /** In how many claims the term occurs. */
    int docFreq(Family family, String term) {
        return docFreq.get(family).getOrDefault(term, 0);
    }

    int size() {
        return knowledge.claims().size();
    }

    /** Very short documents (paraphrases) suit a low length normalisation. */
    static BM25Similarity similarity() {
        return new BM25Similarity(1.2f, 0.4f);
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Map<SearchField, List<String>> texts(Claim claim) {
        Map<SearchField, List<String>> texts = new HashMap<>();
        texts.put(SearchField.EN_CLAIM, List.of(claim.textIn("en")));
        texts.put(SearchField.EN_QUESTIONS, claim.questions().getOrDefault("en", List.of()));
        texts.put(SearchField.EN_KEYWORDS, claim.keywords());
        texts.put(SearchField.EN_SUMMARY, List.of(claim.summaryIn("en")));
        texts.put(SearchField.RU_CLAIM, listOf(claim.text().get("ru")));
        texts.put(SearchField.RU_QUESTIONS, claim.questions().getOrDefault("ru", List.of()));
        texts.put(SearchField.RU_KEYWORDS, claim.keywords());
        texts.put(SearchField.RU_SUMMARY, listOf(claim.summary().get("ru")));
        // Every text in every language, transliterated: names meet across scripts and spellings.
        texts.put(SearchField.LATIN, Stream.of(
                        claim.text().values().stream(),
                        claim.questions().values().stream().flatMap(List::stream),
                        claim.keywords().stream())
                .flatMap(s -> s).toList());
        return texts;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
