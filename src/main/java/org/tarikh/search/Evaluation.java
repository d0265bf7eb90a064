package org.tarikh.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a matcher on labelled questions: top-1 accuracy and MRR over the questions that have a claim,
 * abstention precision and recall over the no-answers, per language and overall.
 */
public final class Evaluation {
    /** The expected id of a question the bot must not answer. */
    public static final String NO_ANSWER = "-";

    /** One labelled question and where it was written. */
    public record Case(Path file, int line, String question, String expected) {
        boolean inScope() {
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

    public Report run(List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            MatchResult result = matcher.match(c.question());
            String answered = result.answer().map(a -> a.claim().id()).orElse(null);
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
}
