package org.tarikh.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures a matcher on labelled data. Questions ({@code .tsv}: {@code question<TAB>expected-id}, "-" where the bot
 * must give no answer): top-1 accuracy and MRR over the questions that have a claim, abstention precision and
 * recall over the rest. Texts ({@code .texts}: blocks of a text with the claims it makes): precision and recall of
 * the findings. Both per language and overall.
 */
public final class Evaluation {
    /** The expected id of a question the bot must not answer, or of a text that makes no checked claim. */
    public static final String NO_ANSWER = "-";
    /** The line that starts a text block in a {@code .texts} file. */
    static final String BLOCK = "===";

    /** One labelled question and where it was written. */
    public record Case(Path file, int line, String question, String expected) {
        public boolean inScope() {
            return !expected.equals(NO_ANSWER);
        }
    }

    /** What the matcher did with one case: the claim answered (or null) and the rank of the expected claim. */
    public record Outcome(Case testCase, String language, String answered, int expectedRank, double confidence) {
        public boolean correct() {
            return testCase.inScope() ? testCase.expected().equals(answered) : answered == null;
        }
    }

    /** The figures for one group of outcomes (a language, or all). */
    public record Figures(int inScope, int top1Hits, double reciprocalRanks, int outOfScope, int abstainedRightly,
            int abstentions) {
        public double top1() {
            return inScope == 0 ? 1 : (double) top1Hits / inScope;
        }

        public double mrr() {
            return inScope == 0 ? 1 : reciprocalRanks / inScope;
        }

        /** Of the no-answers given, the share that were right; 1 when none was given. */
        public double abstentionPrecision() {
            return abstentions == 0 ? 1 : (double) abstainedRightly / abstentions;
        }

        /** Of the questions that must get no answer, the share that got none; 1 when there were none. */
        public double abstentionRecall() {
            return outOfScope == 0 ? 1 : (double) abstainedRightly / outOfScope;
        }

        static Figures of(List<Outcome> outcomes) {
            int inScope = 0;
            int hits = 0;
            double reciprocal = 0;
            int outOfScope = 0;
            int abstainedRightly = 0;
            int abstentions = 0;
            for (Outcome o : outcomes) {
                if (o.answered() == null) {
                    abstentions++;
                }
                if (o.testCase().inScope()) {
                    inScope++;
                    hits += o.correct() ? 1 : 0;
                    reciprocal += o.expectedRank() == 0 ? 0 : 1.0 / o.expectedRank();
                } else {
                    outOfScope++;
                    abstainedRightly += o.correct() ? 1 : 0;
                }
            }
            return new Figures(inScope, hits, reciprocal, outOfScope, abstainedRightly, abstentions);
        }
    }

    /** The outcomes and figures of one run; {@code byLanguage} is keyed by the questions' detected language. */
    public record Report(List<Outcome> outcomes, Map<String, Figures> byLanguage, Figures overall) {
        public List<Outcome> misses() {
            return outcomes.stream().filter(o -> !o.correct()).toList();
        }
    }

    /**
     * One labelled text: the claims it makes ({@code claims}) and those it only touches in passing ({@code also}),
     * which are neither required nor wrong to find.
     */
    public record TextCase(Path file, int line, String name, String text, Set<String> claims, Set<String> also) {
    }

    /** What the matcher found in one text. */
    public record TextOutcome(TextCase testCase, String language, List<Finding> findings) {
        public Set<String> found() {
            return findings.stream().map(f -> f.claim().id()).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /** The claims the text makes that were not found. */
        public Set<String> missed() {
            Set<String> missed = new LinkedHashSet<>(testCase.claims());
            missed.removeAll(found());
            return missed;
        }

        /** The findings of claims the text neither makes nor touches. */
        public List<Finding> wrong() {
            return findings.stream().filter(f -> !testCase.claims().contains(f.claim().id())
                    && !testCase.also().contains(f.claim().id())).toList();
        }

        int rightFindings() {
            return (int) findings.stream().filter(f -> testCase.claims().contains(f.claim().id())
                    || testCase.also().contains(f.claim().id())).count();
        }
    }

    /** Precision and recall of findings over a group of texts. */
    public record TextFigures(int texts, int labelled, int found, int foundLabelled, int findings, int rightFindings) {
        /** Of the findings, the share of claims the text makes or touches; 1 when there were none. */
        public double precision() {
            return findings == 0 ? 1 : (double) rightFindings / findings;
        }

        /** Of the claims the texts make, the share found; 1 when they make none. */
        public double recall() {
            return labelled == 0 ? 1 : (double) foundLabelled / labelled;
        }

        static TextFigures of(List<TextOutcome> outcomes) {
            int labelled = 0;
            int foundLabelled = 0;
            int findings = 0;
            int right = 0;
            int found = 0;
            for (TextOutcome o : outcomes) {
                labelled += o.testCase().claims().size();
                foundLabelled += o.testCase().claims().size() - o.missed().size();
                findings += o.findings().size();
                right += o.rightFindings();
                found += o.found().size();
            }
            return new TextFigures(outcomes.size(), labelled, found, foundLabelled, findings, right);
        }
    }

    public record TextReport(List<TextOutcome> outcomes, Map<String, TextFigures> byLanguage, TextFigures overall) {
    }

    private final Matcher matcher;

    public Evaluation(Matcher matcher) {
        this.matcher = matcher;
    }

    /** Reads {@code question<TAB>expected-id} lines; blank lines and lines starting with # are skipped. */
    public static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException(file + ":" + (i + 1) + ": expected question<TAB>expected-id");
            }
            cases.add(new Case(file, i + 1, line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return cases;
    }

    /**
     * Reads a {@code .texts} file: before the first block and in a block's header, lines starting with # are
     * comments. A block is {@code === name}, a {@code claims: a, b} line ({@code claims: -} for none), an optional
     * {@code also: c} line, a blank line, then the text up to the next line starting with {@code ===}.
     */
    public static List<TextCase> readTexts(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<TextCase> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(BLOCK)) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                throw new IOException(file + ":" + (i + 1) + ": expected a block starting with '" + BLOCK + " name'");
            }
            i++;
        }
        while (i < lines.size()) {
            int start = i;
            String name = lines.get(i).substring(BLOCK.length()).strip();
            Set<String> claims = null;
            Set<String> also = Set.of();
            for (i++; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith(BLOCK); i++) {
                String line = lines.get(i);
                if (line.startsWith("claims:")) {
                    claims = ids(line.substring("claims:".length()));
                } else if (line.startsWith("also:")) {
                    also = ids(line.substring("also:".length()));
                } else if (!line.startsWith("#")) {
                    throw new IOException(file + ":" + (i + 1) + ": expected 'claims:', 'also:' or a blank line");
                }
            }
            if (claims == null) {
                throw new IOException(file + ":" + (start + 1) + ": text '" + name + "' has no 'claims:' line");
            }
            StringBuilder text = new StringBuilder();
            for (; i < lines.size() && !lines.get(i).startsWith(BLOCK); i++) {
                text.append(lines.get(i)).append('\n');
            }
            cases.add(new TextCase(file, start + 1, name, text.toString().strip(), claims, also));
        }
        return cases;
    }

    private static Set<String> ids(String list) {
        String trimmed = list.strip();
        if (trimmed.equals(NO_ANSWER) || trimmed.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(trimmed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Report run(List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            MatchResult result = matcher.match(c.question());
            String answered = result.best().map(f -> f.claim().id()).orElse(null);
            int rank = 0;
            for (int i = 0; i < result.candidates().size() && rank == 0; i++) {
                if (result.candidates().get(i).claim().id().equals(c.expected())) {
                    rank = i + 1;
                }
            }
            outcomes.add(new Outcome(c, result.language(), answered, rank, result.confidence()));
        }
        Map<String, List<Outcome>> grouped = new LinkedHashMap<>();
        outcomes.forEach(o -> grouped.computeIfAbsent(o.language(), l -> new ArrayList<>()).add(o));
        Map<String, Figures> byLanguage = new LinkedHashMap<>();
        grouped.forEach((language, list) -> byLanguage.put(language, Figures.of(list)));
        return new Report(outcomes, byLanguage, Figures.of(outcomes));
    }

    public TextReport runTexts(List<TextCase> cases) {
        List<TextOutcome> outcomes = new ArrayList<>();
        for (TextCase c : cases) {
            MatchResult result = matcher.match(c.text());
            outcomes.add(new TextOutcome(c, result.language(), result.findings()));
        }
        Map<String, List<TextOutcome>> grouped = new LinkedHashMap<>();
        outcomes.forEach(o -> grouped.computeIfAbsent(o.language(), l -> new ArrayList<>()).add(o));
        Map<String, TextFigures> byLanguage = new LinkedHashMap<>();
        grouped.forEach((language, list) -> byLanguage.put(language, TextFigures.of(list)));
        return new TextReport(outcomes, byLanguage, TextFigures.of(outcomes));
    }
}
