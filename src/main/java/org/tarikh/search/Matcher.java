package org.tarikh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.tarikh.knowledge.Claim;
import org.tarikh.search.Analysis.Word;
import org.tarikh.search.Sentences.Sentence;
import org.tarikh.search.Sentences.Span;

/**
 * Finds the checked claims a text makes. A question (one short sentence) is read whole. A longer text is read
 * sentence by sentence, each sentence in stretches of up to three clauses, the whole sentence, and the sentence
 * with the one before it. A claim is considered for a stretch
 * only when the stretch names the claim's subject ({@link Subjects}); it is then measured ({@link Features}) —
 * how much of the stretch's weight its texts cover, how much is its subject, how much is unknown to the whole
 * knowledge, which names and numbers it lacks, how far ahead of any other named claim it is — and the
 * {@link Calibration} turns that into a confidence. A stretch that names a year the claim is not about never
 * counts for it. Each claim keeps its best stretch; those at the answer confidence are the findings, in the text's
 * order. A question (one sentence) gets at most one: its answer.
 */
public final class Matcher {
    /** A name or a number says more about which claim is meant than an ordinary word. */
    static final double NAME_WEIGHT = 2;
    /** Credit for a word the claim has only with another ending (Туркмении, Туркменистан). */
    static final double BEGINNING_CREDIT = 0.8;
    /** Credit for a word only the claim's summary has. */
    static final double SUMMARY_CREDIT = 0.6;
    static final int MAX_CLAUSES = 3;
    /** How many sentences back a paragraph's words may complete a subject a sentence names in part. */
    static final int CONTEXT_SENTENCES = 3;
    /**
     * A single sentence is a question — read whole, answered at most once — when it asks (ends with "?") in at most
     * {@code QUESTION_WORDS} content words, or says something in at most {@code STATEMENT_WORDS}; a longer
     * statement is read in its clauses, as it may make several claims.
     */
    static final int QUESTION_WORDS = 30;
    static final int STATEMENT_WORDS = 12;
    static final int MAX_CANDIDATES = 5;
    /** In ranking, a word the claim lacks costs half what a word it has gains. */
    static final double UNCOVERED_COST = 0.5;

    private final Index index;
    private final Calibration calibration;
    private final ThreadLocal<Analysis> analyses;
    private final ThreadLocal<Sentences> segmenters = ThreadLocal.withInitial(Sentences::new);
    /** Per thread, a bit mask of filled slots for every subject entry, kept all zero between uses. */
    private final ThreadLocal<int[]> slotMasks;

    public Matcher(Index index, Calibration calibration) {
        this.index = index;
        this.calibration = calibration;
        this.analyses = ThreadLocal.withInitial(() -> new Analysis(index.glossary()));
        this.slotMasks = ThreadLocal.withInitial(() -> new int[index.subjects().entryCount()]);
    }

    public Index index() {
        return index;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The answer threshold: the answer to a question that names a claim's subject needs this confidence. */
    public double answerThreshold() {
        return calibration.threshold(Calibration.Kind.QUESTION);
    }

    /** The stricter confidence auto mode needs to answer unasked. */
    public double autoThreshold() {
        return calibration.threshold(Calibration.Kind.AUTO);
    }

    public MatchResult match(String text) {
        Reading reading = read(text);
        Map<Integer, Scored> best = reading.bestPerClaim();
        List<Scored> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.confidence));
        List<Finding> findings = new ArrayList<>();
        for (Scored scored : ranked) {
            if (scored.confidence >= calibration.thresholdFor(scored.features)
                    && (!reading.question() || findings.isEmpty())) {
                findings.add(reading.finding(scored));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        List<Candidate> candidates = new ArrayList<>();
        ranked.forEach(s -> candidates.add(new Candidate(index.claims().get(s.claim), s.confidence, true)));
        if (reading.question()) {
            for (int claim : reading.nearest(MAX_CANDIDATES)) {
                if (!best.containsKey(claim) && candidates.size() < MAX_CANDIDATES) {
                    candidates.add(new Candidate(index.claims().get(claim), 0, false));
                }
            }
        }
        return new MatchResult(Languages.detect(text), reading.sentences.size(), findings, candidates);
    }

    /**
     * For fitting the calibration: each claim named in the text with the features of its best stretch, keyed by
     * claim id, best first. A question contributes only its best-ranked claim, as only that one could answer it.
     */
    public List<Map.Entry<String, Features>> measure(String text) {
        Reading reading = read(text);
        List<Scored> ranked = new ArrayList<>(reading.bestPerClaim().values());
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.rank));
        if (reading.question() && ranked.size() > 1) {
            ranked = ranked.subList(0, 1);
        }
        List<Map.Entry<String, Features>> measured = new ArrayList<>();
        ranked.forEach(s -> measured.add(Map.entry(index.claims().get(s.claim).id(), s.features)));
        return measured;
    }

    /** The ids of the claims whose subject the text names (every word of one of their entries, anywhere in it). */
    public Set<String> namedClaims(String text) {
        Reading reading = read(text);
        Set<String> named = new HashSet<>();
        for (Scored scored : reading.named(0, reading.words.size())) {
            named.add(index.claims().get(scored.claim).id());
        }
        return named;
    }

    /** Why a text matched what it matched, or did not, for maintainers ({@code ask --explain}). */
    public String explain(String text) {
        Reading reading = read(text);
        StringBuilder out = new StringBuilder();
        out.append("Words (weight; * a name or number, ~ its glossary group):\n  ");
        for (int i = 0; i < reading.words.size(); i++) {
            Word word = reading.words.get(i);
            if (word.content()) {
                out.append(text, word.start(), word.end()).append(String.format(Locale.ROOT, " %.1f", reading.weight(i)))
                        .append(index.isName(word) ? "*" : "").append(word.concept() == null ? "" : " ~" + word.concept())
                        .append(reading.known(i) ? "" : " (unknown)").append("  ");
            }
        }
        out.append(String.format(Locale.ROOT, "%nSentences: %d, read as %s; auto mode needs %.3f%n",
                reading.sentences.size(), reading.question() ? "a question" : "a text",
                calibration.threshold(Calibration.Kind.AUTO)));
        Map<Integer, Scored> best = reading.bestPerClaim();
        List<Scored> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Scored s) -> -s.confidence));
        if (ranked.isEmpty()) {
            out.append("No claim's subject is named by the text.\n");
        }
        for (Scored s : ranked) {
            Claim claim = index.claims().get(s.claim);
            Features f = s.features;
            double threshold = calibration.thresholdFor(s.features);
            out.append(String.format(Locale.ROOT, "%n%s  confidence %.3f%s%n", claim.id(), s.confidence,
                    s.confidence >= threshold ? " (answer)" : String.format(Locale.ROOT, " (below %.3f)", threshold)));
            out.append("  named by subject \"").append(index.subjects().entries(s.claim).get(s.entry).text())
                    .append("\" in: «").append(reading.quote(s)).append("»\n");
            out.append(String.format(Locale.ROOT, "  coverage %.2f, subject %.2f, support %.2f, unknown %.2f, names "
                    + "missed %.2f, margin %.2f%s%s%s", f.coverage(), f.subjectShare(), f.support(), f.unknownShare(),
                    f.nameMiss(), f.margin(), f.otherCountry() ? ", names another country" : "",
                    f.otherYearNearby() ? ", other years around it" : "", f.typo() ? ", typo forgiven" : "")
                    + (f.otherYearToo() ? ", another year too" : "") + (f.fromContext() ? ", named earlier in the paragraph" : "")
                    + (f.byDetail() ? ", named by a detail" : "") + (f.asksElsewhere() ? ", asks what no claim decides" : "")
                    + "\n");
            out.append("  words the claim lacks:");
            boolean any = false;
            for (int i = s.from; i < s.to; i++) {
                if (reading.words.get(i).content() && reading.credit(i, s.claim) == 0) {
                    out.append(' ').append(text, reading.words.get(i).start(), reading.words.get(i).end());
                    any = true;
                }
            }
            out.append(any ? "\n" : " none\n");
        }
        for (int claim : reading.nearest(3)) {
            if (!best.containsKey(claim)) {
                out.append("\nNear by shared words, but its subject is not named: ").append(index.claims().get(claim).id())
                        .append("\n  it needs one of: ");
                index.subjects().entries(claim).forEach(e -> out.append('"').append(e.text()).append("\" "));
                out.append('\n');
            }
        }
        if (reading.vetoedByYear.size() > 0) {
            out.append("\nNot considered, the text names a year they are not about: ");
            reading.vetoedByYear.forEach(c -> out.append(index.claims().get(c).id()).append(' '));
            out.append('\n');
        }
        return out.toString();
    }

    private Reading read(String text) {
        return new Reading(text, analyses.get().words(text), segmenters.get().split(text), index.lookup());
    }

    /** How a stretch names a claim: itself, or through an earlier sentence of its paragraph. */
    private enum Naming { NAMED, CONTEXT }

    /** A subject entry of a claim, with the words (indexes) that fill each of its slots. */
    private record NamedEntry(int claim, int entry, int[][] fillers) {
        boolean namedWithin(int from, int to) {
            for (int[] slot : fillers) {
                boolean filled = false;
                for (int i : slot) {
                    filled |= i >= from && i < to;
                }
                if (!filled) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the stretch fills every slot but one, and that one is filled before it: "The conflict took about
         * 100,000 lives" after a sentence that named Tajikistan.
         */
        boolean completedBefore(int from, int to) {
            int missing = 0;
            for (int[] slot : fillers) {
                boolean inside = false;
                boolean before = false;
                for (int i : slot) {
                    inside |= i >= from && i < to;
                    before |= i < from;
                }
                if (!inside) {
                    if (!before || ++missing > 1) {
                        return false;
                    }
                }
            }
            return missing == 1 && fillers.length > 1;
        }
    }

    /** A claim measured on one stretch of text (words {@code from} to {@code to}), and which entry named it. */
    private record Scored(int claim, int entry, int from, int to, Features features, double rank, double confidence) {
    }

    /** One text being matched: its words, sentences, and what has been looked up about each word. */
    private final class Reading {
        final String text;
        final List<Word> words;
        final List<Sentence> sentences;
        final Index.Lookup lookup;
        final Subjects.Fill[] fills;
        final double[] weights;
        final int[][][] postings;
        final String[] countries;
        final Map<String, Subjects.Fill> fillOfWord = new HashMap<>();
        final Map<String, int[][]> postingsOfWord = new HashMap<>();
        final Set<Integer> vetoedByYear = new HashSet<>();
        private Boolean question;
        private int[] paragraphOf;
        private Map<Integer, List<Word>> yearsOfParagraphs;

        Reading(String text, List<Word> words, List<Sentence> sentences, Index.Lookup lookup) {
            this.text = text;
            this.words = words;
            this.sentences = sentences;
            this.lookup = lookup;
            this.fills = new Subjects.Fill[words.size()];
            this.weights = new double[words.size()];
            this.postings = new int[words.size()][][];
            this.countries = new String[words.size()];
        }

        boolean question() {
            if (question == null) {
                long content = words.stream().filter(Word::content).count();
                boolean asks = text.strip().endsWith("?");
                question = sayingSentences() <= 1 && content <= (asks ? QUESTION_WORDS : STATEMENT_WORDS);
            }
            return question;
        }

        /** The sentences with a content word: chat filler after a question ("right? lol") is no sentence of its own. */
        private int sayingSentences() {
            int saying = 0;
            int w = 0;
            for (Sentence sentence : sentences) {
                boolean content = false;
                for (; w < words.size() && words.get(w).start() < sentence.end(); w++) {
                    content |= words.get(w).content() && words.get(w).start() >= sentence.start();
                }
                saying += content ? 1 : 0;
            }
            return saying;
        }

        Subjects.Fill fill(int i) {
            if (fills[i] == null) {
                Word word = words.get(i);
                // A word fills the same slots wherever it stands: a long text works each one out once.
                Subjects.Fill fill = fillOfWord.get(word.plain());
                if (fill == null) {
                    fill = index.subjects().fill(word);
                    // Only a word the knowledge does not know may be a typo of a subject word, even when it begins
                    // like another one (zhanaozhen like Kazakh жаңа, землетресение like земля). The typo is looked
                    // for first, as that is cheaper than asking the index whether the word is known.
                    Subjects.Fill typo = index.subjects().fillForgivingTypo(word);
                    if (!typo.refs().isEmpty() && !known(i)) {
                        fill = fill.withTypos(typo);
                    }
                    fillOfWord.put(word.plain(), fill);
                }
                fills[i] = fill;
            }
            return fills[i];
        }

        /** Whether any claim's texts use the word itself (not merely a word of the same beginning). */
        boolean known(int i) {
            int[][] p = postings(i);
            return p[0].length > 0 || p[1].length > 0 || p[2].length > 0 || p[4].length > 0 || p[5].length > 0;
        }

        private String country(int i) {
            if (countries[i] == null) {
                String country = Countries.of(words.get(i).skeleton());
                countries[i] = country == null ? "" : country;
            }
            return countries[i].isEmpty() ? null : countries[i];
        }

        /** BM25's idf over claims, doubled for a name or a number: rare words tell more about which claim is meant. */
        double weight(int i) {
            if (weights[i] == 0) {
                Word w = words.get(i);
                int[][] p = postings(i);
                int docFreq = Math.max(Math.max(p[0].length, p[1].length), Math.max(p[4].length, p[5].length));
                int claims = index.size();
                double idf = Math.log(1 + (claims - docFreq + 0.5) / (docFreq + 0.5));
                weights[i] = idf * (index.isName(w) ? NAME_WEIGHT : 1);
            }
            return weights[i];
        }

        /** Whether word {@code i} fills a slot of the claim's subject. */
        boolean fillsSubjectOf(int i, int claim) {
            for (Subjects.Ref ref : fill(i).refs()) {
                if (ref.claim() == claim && !ref.detail()) {
                    return true;
                }
            }
            return false;
        }

        /** How much of word {@code i} the claim has: 1 in its own words or subject, less by beginning or summary. */
        double credit(int i, int claim) {
            Word w = words.get(i);
            if (fillsSubjectOf(i, claim) || (w.year() && index.coversYears(claim, w.yearFrom(), w.yearTo()))) {
                return 1;
            }
            int[][] postings = postings(i);
            if (has(postings[0], claim) || has(postings[1], claim) || has(postings[2], claim)) {
                return 1;
            }
            if (has(postings[3], claim)) {
                return BEGINNING_CREDIT;
            }
            if (has(postings[4], claim) || has(postings[5], claim)) {
                return SUMMARY_CREDIT;
            }
            return 0;
        }

        private static boolean has(int[] claims, int claim) {
            return claims.length > 0 && Arrays.binarySearch(claims, claim) >= 0;
        }

        /**
         * The claims that have word {@code i}'s forms — its stem, skeleton and glossary group among their own words,
         * its beginning, its stem and skeleton in their summaries — read from the index once per word.
         */
        private int[][] postings(int i) {
            if (postings[i] == null) {
                Word w = words.get(i);
                int[] none = new int[0];
                postings[i] = postingsOfWord.computeIfAbsent(w.plain(), plain -> new int[][] {
                    lookup.claims(Index.STEM, w.stem()),
                    lookup.claims(Index.SKELETON, w.skeleton()),
                    w.concept() == null ? none : lookup.claims(Index.CONCEPT, w.concept()),
                    w.number() || w.skeleton().length() < Index.BEGINNING_LENGTH ? none
                            : lookup.claims(Index.BEGINNING, w.skeleton().substring(0, Index.BEGINNING_LENGTH)),
                    lookup.claims(Index.SUMMARY, w.stem()),
                    lookup.claims(Index.SUMMARY, w.skeleton())});
            }
            return postings[i];
        }

        /** Every claim named anywhere in the text, with the stretch that measured best for it. */
        Map<Integer, Scored> bestPerClaim() {
            Map<Integer, Scored> best = new HashMap<>();
            if (question()) {
                int end = words.size();
                score(entriesNamed(0, end), 0, end).forEach(s -> best.put(s.claim, s));
                return best;
            }
            int[] firstWord = new int[sentences.size()];
            int[] lastWord = new int[sentences.size()];
            for (int s = 0; s < sentences.size(); s++) {
                firstWord[s] = firstWordFrom(sentences.get(s).start());
                lastWord[s] = firstWordFrom(sentences.get(s).end());
            }
            Map<Integer, Integer> namedInParagraph = new LinkedHashMap<>();
            int paragraphStart = 0;
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                boolean withPrevious = s > 0 && sentences.get(s - 1).paragraph() == sentence.paragraph();
                if (!withPrevious) {
                    namedInParagraph.clear();
                }
                if (!withPrevious) {
                    paragraphStart = s;
                }
                Map<Integer, Integer> context = new LinkedHashMap<>(namedInParagraph);
                namedBy(entriesNamed(firstWord[s], lastWord[s]), firstWord[s], lastWord[s]).forEach(namedInParagraph::putIfAbsent);
                List<NamedEntry> entries = entriesNamed(withPrevious ? firstWord[s - 1] : firstWord[s], lastWord[s]);
                // Entries the sentence completes with a word of the paragraph's last few sentences.
                List<NamedEntry> completed = withPrevious
                        ? entriesNamed(firstWord[Math.max(paragraphStart, s - CONTEXT_SENTENCES)], lastWord[s]) : List.of();
                if (entries.isEmpty() && context.isEmpty() && completed.isEmpty()) {
                    continue;
                }
                List<int[]> stretches = new ArrayList<>();
                List<Span> clauses = sentence.clauses();
                for (int a = 0; a < clauses.size(); a++) {
                    for (int b = a; b < Math.min(clauses.size(), a + MAX_CLAUSES); b++) {
                        stretches.add(new int[] {firstWordFrom(clauses.get(a).start()), firstWordFrom(clauses.get(b).end())});
                    }
                }
                if (clauses.size() > MAX_CLAUSES) {
                    stretches.add(new int[] {firstWord[s], lastWord[s]});
                }
                if (withPrevious) {
                    stretches.add(new int[] {firstWord[s - 1], lastWord[s]});
                }
                for (int[] stretch : stretches) {
                    Map<Integer, Integer> around = context;
                    for (NamedEntry entry : completed) {
                        if (entry.completedBefore(stretch[0], stretch[1])) {
                            around = around == context ? new LinkedHashMap<>(context) : around;
                            around.putIfAbsent(entry.claim(), entry.entry());
                        }
                    }
                    // A stretch makes one claim: of those it names, the one it says most about.
                    score(entries, stretch[0], stretch[1], around).stream().max(Comparator.comparingDouble((Scored one) -> one.rank))
                            .ifPresent(scored -> {
                                Scored known = best.get(scored.claim);
                                if (known == null || scored.rank > known.rank || (scored.rank == known.rank
                                        && scored.to - scored.from < known.to - known.from)) {
                                    best.put(scored.claim, scored);
                                }
                            });
                }
            }
            return best;
        }

        /** The index of the first word that starts at or after {@code offset}. */
        private int firstWordFrom(int offset) {
            int lo = 0;
            int hi = words.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (words.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The claims the stretch of words {@code from}..{@code to} names, unmeasured, with the entry that named each. */
        List<Scored> named(int from, int to) {
            List<Scored> named = new ArrayList<>();
            namedBy(entriesNamed(from, to), from, to).forEach((claim, entry) -> named.add(new Scored(claim, entry,
                    from, to, null, 0, 0)));
            return named;
        }

        /**
         * The subject entries that words {@code from}..{@code to} name, each with the words filling each of its
         * slots: worked out once for a sentence, then checked for each of its stretches.
         */
        List<NamedEntry> entriesNamed(int from, int to) {
            // First the slots each entry has filled, in a scratch array of bit masks; then, for the entries with
            // every slot filled, which words fill them.
            int[] masks = slotMasks.get();
            List<Subjects.Ref> touched = new ArrayList<>();
            // Entries made from a claim's texts name it in a question only: a longer text has names and details
            // enough to name claims it does not make.
            boolean generated = question();
            for (int i = from; i < to; i++) {
                for (Subjects.Ref ref : fill(i).refs()) {
                    if (ref.generated() && !generated) {
                        continue;
                    }
                    if (masks[ref.id()] == 0) {
                        touched.add(ref);
                    }
                    masks[ref.id()] |= 1 << ref.slot();
                }
            }
            Map<Integer, List<List<Integer>>> fillers = new LinkedHashMap<>();
            for (Subjects.Ref ref : touched) {
                int slots = index.subjects().entries(ref.claim()).get(ref.entry()).slots();
                if (masks[ref.id()] == (1 << slots) - 1) {
                    List<List<Integer>> bySlot = new ArrayList<>();
                    for (int slot = 0; slot < slots; slot++) {
                        bySlot.add(new ArrayList<>());
                    }
                    fillers.put(ref.id(), bySlot);
                }
                masks[ref.id()] = 0;
            }
            List<NamedEntry> named = new ArrayList<>();
            if (fillers.isEmpty()) {
                return named;
            }
            Map<Integer, Subjects.Ref> refOf = new HashMap<>();
            for (int i = from; i < to; i++) {
                for (Subjects.Ref ref : fill(i).refs()) {
                    List<List<Integer>> bySlot = fillers.get(ref.id());
                    if (bySlot != null) {
                        bySlot.get(ref.slot()).add(i);
                        refOf.putIfAbsent(ref.id(), ref);
                    }
                }
            }
            fillers.forEach((id, bySlot) -> named.add(new NamedEntry(refOf.get(id).claim(), refOf.get(id).entry(),
                    bySlot.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new))));
            return named;
        }

        /** Of the entries, those the stretch names: the first for each claim. */
        private Map<Integer, Integer> namedBy(List<NamedEntry> entries, int from, int to) {
            Map<Integer, Integer> namedBy = new LinkedHashMap<>();
            for (NamedEntry entry : entries) {
                if (!namedBy.containsKey(entry.claim()) && entry.namedWithin(from, to)) {
                    namedBy.put(entry.claim(), entry.entry());
                }
            }
            return namedBy;
        }

        /** The claims the stretch of words {@code from}..{@code to} names, of those {@code entries} name, each measured on it. */
        List<Scored> score(List<NamedEntry> entries, int from, int to) {
            return score(entries, from, to, Map.of());
        }

        /**
         * Also measures, for a stretch that does not name them, the claims {@code context} says an earlier sentence
         * of the paragraph named ("The party ... It was registered only in 1994").
         */
        List<Scored> score(List<NamedEntry> entries, int from, int to, Map<Integer, Integer> context) {
            Map<Integer, Integer> namedBy = namedBy(entries, from, to);
            Map<Integer, Naming> naming = new HashMap<>();
            context.forEach((claim, entry) -> {
                if (namedBy.putIfAbsent(claim, entry) == null) {
                    naming.put(claim, Naming.CONTEXT);
                }
            });
            List<Scored> scored = new ArrayList<>();
            if (namedBy.isEmpty()) {
                return scored;
            }
            int contentWords = 0;
            for (int i = from; i < to; i++) {
                contentWords += words.get(i).content() ? 1 : 0;
            }
            List<Features> features = new ArrayList<>();
            List<Integer> claims = new ArrayList<>();
            for (Map.Entry<Integer, Integer> named : namedBy.entrySet()) {
                int claim = named.getKey();
                if (namesOtherYear(from, to, claim)) {
                    vetoedByYear.add(claim);
                    continue;
                }
                claims.add(claim);
                boolean byDetail = index.subjects().entries(claim).get(named.getValue()).byDetail();
                features.add(measure(from, to, claim, contentWords, naming.getOrDefault(claim, Naming.NAMED), byDetail));
            }
            for (int k = 0; k < claims.size(); k++) {
                double runnerUp = 0;
                for (int other = 0; other < claims.size(); other++) {
                    if (other != k) {
                        runnerUp = Math.max(runnerUp, features.get(other).coverage());
                    }
                }
                Features f = features.get(k).withMargin(features.get(k).coverage() - runnerUp);
                int claim = claims.get(k);
                scored.add(new Scored(claim, namedBy.get(claim), from, to, f, f.rank(), calibration.confidence(f)));
            }
            return scored;
        }

        /**
         * Whether the paragraph around word {@code at} names years, none of them the claim's: "In January 2022 ...
         * The oil workers of Mangystau stopped work" is not about the strike of 2011.
         */
        private boolean onlyOtherYearsAround(int at, int claim) {
            if (question()) {
                return false;
            }
            List<Word> years = yearsOfParagraphs().get(paragraphOf[at]);
            for (Word w : years) {
                if (index.coversYears(claim, w.yearFrom(), w.yearTo())) {
                    return false;
                }
            }
            return !years.isEmpty();
        }

        /** The years each paragraph names, worked out once, with the paragraph of every word. */
        private Map<Integer, List<Word>> yearsOfParagraphs() {
            if (yearsOfParagraphs == null) {
                yearsOfParagraphs = new HashMap<>();
                paragraphOf = new int[words.size()];
                int s = 0;
                for (int i = 0; i < words.size(); i++) {
                    while (s + 1 < sentences.size() && words.get(i).start() >= sentences.get(s).end()) {
                        s++;
                    }
                    paragraphOf[i] = sentences.isEmpty() ? 0 : sentences.get(s).paragraph();
                    List<Word> years = yearsOfParagraphs.computeIfAbsent(paragraphOf[i], p -> new ArrayList<>());
                    if (words.get(i).year()) {
                        years.add(words.get(i));
                    }
                }
            }
            return yearsOfParagraphs;
        }

        /** Whether the stretch names years and none of them is the claim's: then it is about another event. */
        private boolean namesOtherYear(int from, int to, int claim) {
            boolean other = false;
            for (int i = from; i < to; i++) {
                Word w = words.get(i);
                if (w.year()) {
                    if (index.coversYears(claim, w.yearFrom(), w.yearTo())) {
                        return false;
                    }
                    other = true;
                }
            }
            return other;
        }

        /** Whether the stretch names a year the claim is not about beside one it is. */
        private boolean namesAnotherYearToo(int from, int to, int claim) {
            for (int i = from; i < to; i++) {
                Word w = words.get(i);
                if (w.year() && !index.coversYears(claim, w.yearFrom(), w.yearTo())) {
                    return true;
                }
            }
            return false;
        }

        private Features measure(int from, int to, int claim, int contentWords, Naming naming, boolean byDetail) {
            boolean typo = false;
            double total = 0;
            double covered = 0;
            double subject = 0;
            double support = 0;
            double unknown = 0;
            double names = 0;
            double namesMissed = 0;
            boolean otherCountry = false;
            boolean asksElsewhere = false;
            boolean yearHere = false;
            for (int i = from; i < to; i++) {
                yearHere |= words.get(i).year();
                Word w = words.get(i);
                if (!w.content()) {
                    continue;
                }
                double credit = credit(i, claim);
                asksElsewhere |= credit == 0 && index.glossary().elsewhere(w.concept());
                if (credit == 0 && index.glossary().neutral(w.concept())) {
                    continue; // "myth", "fake": they count for a claim that has them, never against one that lacks them
                }
                double weight = weight(i);
                total += weight;
                covered += credit * weight;
                if (fillsSubjectOf(i, claim)) {
                    subject += weight;
                    typo |= fill(i).typoFor(claim);
                } else {
                    support += credit * weight;
                }
                if (!known(i) && fill(i).refs().isEmpty()) {
                    unknown += weight;
                }
                if (index.isName(w)) {
                    names += weight;
                    namesMissed += credit == 0 ? weight : 0;
                }
                String country = country(i);
                otherCountry |= country != null && !index.namesCountry(claim, country);
            }
            return new Features(total == 0 ? 0 : covered / total, total == 0 ? 0 : subject / total,
                    Math.log(1 + support), total == 0 ? 0 : unknown / total, names == 0 ? 0 : namesMissed / names, 0,
                    otherCountry, !yearHere && onlyOtherYearsAround(from, claim), namesAnotherYearToo(from, to, claim),
                    naming == Naming.CONTEXT, typo, byDetail, asksElsewhere, Math.log(1 + contentWords), !question(),
                    covered - UNCOVERED_COST * (total - covered));
        }

        Finding finding(Scored scored) {
            int start = words.get(scored.from).start();
            int end = words.get(scored.to - 1).end();
            // The quote runs to the end of its clause's punctuation-free text.
            return new Finding(index.claims().get(scored.claim), scored.confidence, start, end,
                    text.substring(start, end), scored.features);
        }

        String quote(Scored scored) {
            return text.substring(words.get(scored.from).start(), words.get(scored.to - 1).end());
        }

        /** The claims Lucene's BM25 ranks nearest the text by shared words, whether or not it names them. */
        List<Integer> nearest(int n) {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            Set<String> seen = new HashSet<>();
            int clauses = 0;
            for (Word w : words) {
                if (w.content() && clauses < IndexSearcher.getMaxClauseCount() - 2 && seen.add(w.stem() + ' ' + w.skeleton())) {
                    query.add(new TermQuery(new Term(Index.STEM, w.stem())), BooleanClause.Occur.SHOULD);
                    query.add(new TermQuery(new Term(Index.SKELETON, w.skeleton())), BooleanClause.Occur.SHOULD);
                    clauses += 2;
                }
            }
            List<Integer> nearest = new ArrayList<>();
            if (clauses == 0) {
                return nearest;
            }
            try {
                for (ScoreDoc hit : index.searcher().search(query.build(), n).scoreDocs) {
                    nearest.add(hit.doc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("searching the in-memory index failed", e);
            }
            return nearest;
        }
    }
}
