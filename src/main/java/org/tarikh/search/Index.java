package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.search.Analysis.Word;

/**
 * The in-memory Lucene index of a {@link KnowledgeBase}: one document per claim (document number = the claim's
 * place in {@link KnowledgeBase#claims()}), whose fields hold the forms of its words as {@link Analysis} makes
 * them — stems, skeletons, six-letter beginnings of skeletons and glossary groups of the claim's own words
 * (claim, subject, paraphrases, keywords, in every language), and the stems and skeletons of its summaries. The
 * index answers which claims use a form and how many do; beside it are what the matcher needs per claim: the
 * compiled {@link Subjects}, the years and countries each claim is about, and the words the knowledge writes as
 * names.
 */
public final class Index {
    static final String ID = "id";
    static final String STEM = "stem";
    static final String SKELETON = "skeleton";
    static final String BEGINNING = "beginning";
    static final String CONCEPT = "concept";
    static final String SUMMARY = "summary";
    /** Skeletons at least this long are also indexed by their beginning, so Туркмении meets Туркменистан. */
    static final int BEGINNING_LENGTH = 6;

    private final KnowledgeBase knowledge;
    private final List<Claim> claims;
    private final IndexSearcher searcher;
    private final LeafReader reader;
    private final GlossaryMatcher glossary;
    private final Subjects subjects;
    private final int[][] yearsByClaim;
    private final Set<String>[] countriesByClaim;
    private final Set<String> names;

    private Index(KnowledgeBase knowledge, IndexSearcher searcher, GlossaryMatcher glossary, Subjects subjects,
            int[][] years, Set<String>[] countries, Set<String> names) {
        this.knowledge = knowledge;
        this.claims = knowledge.claims();
        this.searcher = searcher;
        this.reader = searcher.getIndexReader().leaves().isEmpty() ? null
                : searcher.getIndexReader().leaves().get(0).reader();
        this.glossary = glossary;
        this.subjects = subjects;
        this.yearsByClaim = years;
        this.countriesByClaim = countries;
        this.names = names;
    }

    @SuppressWarnings("unchecked")
    public static Index build(KnowledgeBase knowledge) {
        GlossaryMatcher glossary = new GlossaryMatcher(knowledge.glossary());
        List<Claim> claims = knowledge.claims();
        // Analysing the claims' texts is most of the work: it runs on every core, each with its own analysis.
        ThreadLocal<Analysis> analyses = ThreadLocal.withInitial(() -> Analysis.caching(glossary));
        List<Analysed> analysed = claims.parallelStream().map(claim -> Analysed.of(claim, analyses.get())).toList();
        int[][] years = new int[claims.size()][];
        Set<String>[] countries = new Set[claims.size()];
        Map<String, int[]> capitalised = new HashMap<>();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            // Every field comes as forms already analysed (a Forms token stream); the analyzer is never used.
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity())
                    .setMergeScheduler(new SerialMergeScheduler()).setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int c = 0; c < claims.size(); c++) {
                    Analysed claim = analysed.get(c);
                    years[c] = yearRange(claim.own(), claim.summary());
                    countries[c] = Countries.named(claim.own().skeletons);
                    claim.capitalised().forEach((skeleton, counts) -> {
                        int[] total = capitalised.computeIfAbsent(skeleton, k -> new int[2]);
                        total[0] += counts[0];
                        total[1] += counts[1];
                    });
                    writer.addDocument(claim.document(claims.get(c).id()));
                }
                writer.forceMerge(1);
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity());
            Set<String> names = new HashSet<>();
            capitalised.forEach((skeleton, counts) -> {
                if (counts[0] > counts[1]) {
                    names.add(skeleton);
                }
            });
            return new Index(knowledge, searcher, glossary, new Subjects(claims, Analysis.caching(glossary), names), years,
                    countries, names);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    /** One claim's texts analysed: the forms of its own words and of its summaries, and how it writes names. */
    private record Analysed(Fields own, Fields summary, Map<String, int[]> capitalised) {
        static Analysed of(Claim claim, Analysis analysis) {
            Analysed analysed = new Analysed(new Fields(), new Fields(), new HashMap<>());
            for (String text : ownTexts(claim)) {
                List<Word> words = analysis.words(text);
                analysed.own().add(text, words);
                countName(text, words, analysed.capitalised());
            }
            for (String text : claim.summary().values()) {
                analysed.summary().add(text, analysis.words(text));
            }
            return analysed;
        }

        Document document(String id) {
            Document document = new Document();
            document.add(new StoredField(ID, id));
            document.add(new TextField(STEM, new Forms(own.stems)));
            document.add(new TextField(SKELETON, new Forms(own.skeletons)));
            document.add(new TextField(BEGINNING, new Forms(own.beginnings)));
            document.add(new TextField(CONCEPT, new Forms(own.concepts)));
            Set<String> summaryForms = new HashSet<>(summary.stems);
            summaryForms.addAll(summary.skeletons);
            document.add(new TextField(SUMMARY, new Forms(summaryForms)));
            return document;
        }
    }

    /** Forms already analysed, handed to Lucene as the terms of a field, one token each. */
    private static final class Forms extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Iterator<String> forms;

        Forms(Collection<String> forms) {
            this.forms = forms.iterator();
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (!forms.hasNext()) {
                return false;
            }
            term.append(forms.next());
            return true;
        }
    }

    /** The forms of a claim's words, field by field, each form once. */
    private static final class Fields {
        final Set<String> stems = new HashSet<>();
        final Set<String> skeletons = new HashSet<>();
        final Set<String> beginnings = new HashSet<>();
        final Set<String> concepts = new HashSet<>();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;

        void add(String text, List<Word> words) {
            for (Word word : words) {
                if (word.year()) {
                    firstYear = Math.min(firstYear, word.yearFrom());
                    lastYear = Math.max(lastYear, word.yearTo());
                }
                if (!word.content()) {
                    continue;
                }
                stems.add(word.stem());
                skeletons.add(word.skeleton());
                if (word.skeleton().length() >= BEGINNING_LENGTH && !word.number()) {
                    beginnings.add(word.skeleton().substring(0, BEGINNING_LENGTH));
                }
                if (word.concept() != null) {
                    concepts.add(word.concept());
                }
            }
        }
    }

    /** Claim, subject, paraphrases and keywords in every language: the words the claim itself uses. */
    private static List<String> ownTexts(Claim claim) {
        List<String> texts = new ArrayList<>(claim.text().values());
        claim.subject().values().forEach(entries -> entries.forEach(e -> texts.add(e.replace('|', ' '))));
        claim.questions().values().forEach(texts::addAll);
        texts.addAll(claim.keywords());
        return texts;
    }

    /** The first and last year any text of the claim names, summary included; empty when it names none. */
    private static int[] yearRange(Fields own, Fields summary) {
        int first = Math.min(own.firstYear, summary.firstYear);
        int last = Math.max(own.lastYear, summary.lastYear);
        return first > last ? new int[0] : new int[] {first, last};
    }

    /** Counts, per skeleton, how often the knowledge writes the word capitalised inside a text, and how often not. */
    private static void countName(String text, List<Word> words, Map<String, int[]> counts) {
        for (int i = 1; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.content() && !word.number()) {
                boolean upper = Character.isUpperCase(text.codePointAt(word.start()));
                counts.computeIfAbsent(word.skeleton(), k -> new int[2])[upper ? 0 : 1]++;
            }
        }
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    List<Claim> claims() {
        return claims;
    }

    int size() {
        return claims.size();
    }

    IndexSearcher searcher() {
        return searcher;
    }

    GlossaryMatcher glossary() {
        return glossary;
    }

    Subjects subjects() {
        return subjects;
    }

    /** Whether the knowledge writes this word as a name (capitalised inside a sentence, more often than not). */
    boolean isName(Word word) {
        return word.number() || names.contains(word.skeleton());
    }

    /**
     * Whether {@code year}..{@code to} meets the claim's years, give or take one: a claim on 1930-1933 covers 1932
     * and the 1930s, a claim on 2010 does not cover 1990. A claim that names no year covers none.
     */
    boolean coversYears(int claim, int from, int to) {
        int[] years = yearsByClaim[claim];
        return years.length == 2 && to >= years[0] - 1 && from <= years[1] + 1;
    }

    boolean namesCountry(int claim, String country) {
        return countriesByClaim[claim].contains(country);
    }

    /** Very short documents (paraphrases) suit a low length normalisation. */
    static BM25Similarity similarity() {
        return new BM25Similarity(1.2f, 0.4f);
    }

    /**
     * Looks terms up in the index for one text: how many claims use a form, and which. Holds Lucene's term
     * enumerators, which are not thread-safe, and remembers what it read, so each form is read once per text.
     */
    final class Lookup {
        private final Map<String, TermsEnum> enums = new HashMap<>();
        private final Map<String, int[]> postings = new HashMap<>();

        /** The claims (sorted) whose {@code field} holds {@code term}. */
        int[] claims(String field, String term) {
            return postings.computeIfAbsent(field + '\u0000' + term, key -> read(field, term));
        }

        boolean has(String field, String term, int claim) {
            return Arrays.binarySearch(claims(field, term), claim) >= 0;
        }

        int docFreq(String field, String term) {
            return claims(field, term).length;
        }

        private int[] read(String field, String term) {
            try {
                TermsEnum terms = enums.get(field);
                if (terms == null && reader != null) {
                    Terms t = reader.terms(field);
                    terms = t == null ? null : t.iterator();
                    if (terms != null) {
                        enums.put(field, terms);
                    }
                }
                if (terms == null || !terms.seekExact(new BytesRef(term))) {
                    return new int[0];
                }
                int[] docs = new int[terms.docFreq()];
                PostingsEnum enumerator = terms.postings(null, PostingsEnum.NONE);
                int n = 0;
                for (int doc = enumerator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = enumerator.nextDoc()) {
                    docs[n++] = doc;
                }
                return n == docs.length ? docs : Arrays.copyOf(docs, n);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the in-memory index failed", e);
            }
        }
    }

    Lookup lookup() {
        return new Lookup();
    }
}
