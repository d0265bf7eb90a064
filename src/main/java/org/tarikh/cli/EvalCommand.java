package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.answer.Answerer;
import org.tarikh.search.Evaluation;
import org.tarikh.search.Evaluation.Figures;
import org.tarikh.search.Evaluation.Outcome;
import org.tarikh.search.Evaluation.TextFigures;
import org.tarikh.search.Evaluation.TextOutcome;
import org.tarikh.search.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarikh eval FILE...}: how well the matcher answers labelled questions and reads labelled texts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures matching on labelled files, each by its ending:",
            "  .tsv    question<TAB>expected-id lines ('-': must not answer): top-1 accuracy, MRR, abstention",
            "          precision and recall per language and overall, then every miss;",
            "  .texts  texts with the claims each makes (knowledge/README.md, \"Evaluation\"): precision and recall",
            "          of the findings per language and overall, then every missed and every wrong finding."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--min-top1", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when the questions' overall top-1 accuracy is below X.")
    double minTop1;

    @Option(names = "--min-abstain", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when the questions' overall abstention precision or recall is below X.")
    double minAbstain;

    @Option(names = "--min-precision", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when the texts' overall precision of findings is below X.")
    double minPrecision;

    @Option(names = "--min-recall", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when the texts' overall recall of findings is below X.")
    double minRecall;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question (.tsv) and text (.texts) files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Answerer answerer = knowledge.loadAnswerer(spec.commandLine().getErr());
        if (answerer == null) {
            return 1;
        }
        List<Evaluation.Case> questions = new ArrayList<>();
        List<Evaluation.TextCase> texts = new ArrayList<>();
        for (Path file : files) {
            if (file.toString().endsWith(".texts")) {
                texts.addAll(Evaluation.readTexts(file));
            } else {
                questions.addAll(Evaluation.read(file));
            }
        }
        Evaluation evaluation = new Evaluation(answerer.matcher());
        boolean pass = true;
        if (!questions.isEmpty()) {
            pass &= questions(out, evaluation.run(questions));
        }
        if (!texts.isEmpty()) {
            if (!questions.isEmpty()) {
                out.println();
            }
            pass &= texts(out, evaluation.runTexts(texts));
        }
        return pass ? 0 : 1;
    }

    private boolean questions(PrintWriter out, Evaluation.Report report) {
        out.printf("%-8s %9s %7s %7s %18s %18s%n", "language", "questions", "top-1", "MRR", "abstain-precision",
                "abstain-recall");
        for (Map.Entry<String, Figures> entry : report.byLanguage().entrySet()) {
            print(out, entry.getKey(), entry.getValue());
        }
        print(out, "all", report.overall());

        List<Outcome> misses = report.misses();
        out.println();
        out.println(misses.size() + " miss(es):");
        for (Outcome miss : misses) {
            out.printf("%s:%d: %s%n    expected %s, got %s (confidence %.2f, expected at rank %s)%n",
                    miss.testCase().file(), miss.testCase().line(), miss.testCase().question(),
                    miss.testCase().expected(), miss.answered() == null ? "no answer" : miss.answered(),
                    miss.confidence(), miss.expectedRank() == 0 ? "-" : miss.expectedRank());
        }
        Figures all = report.overall();
        boolean pass = all.top1() >= minTop1 && all.abstentionPrecision() >= minAbstain
                && all.abstentionRecall() >= minAbstain;
        if (!pass) {
            out.printf("%nBelow the bar: top-1 %.3f (min %.3f), abstention precision %.3f and recall %.3f (min %.3f)%n",
                    all.top1(), minTop1, all.abstentionPrecision(), all.abstentionRecall(), minAbstain);
        }
        return pass;
    }

    private boolean texts(PrintWriter out, Evaluation.TextReport report) {
        out.printf("%-8s %6s %8s %18s %18s%n", "language", "texts", "claims", "precision", "recall");
        for (Map.Entry<String, TextFigures> entry : report.byLanguage().entrySet()) {
            print(out, entry.getKey(), entry.getValue());
        }
        print(out, "all", report.overall());
        int wrong = 0;
        int missed = 0;
        StringBuilder details = new StringBuilder();
        for (TextOutcome outcome : report.outcomes()) {
            Evaluation.TextCase c = outcome.testCase();
            for (String id : outcome.missed()) {
                missed++;
                details.append(String.format("%s:%d: %s: missed %s%n", c.file(), c.line(), c.name(), id));
            }
            for (Finding finding : outcome.wrong()) {
                wrong++;
                details.append(String.format("%s:%d: %s: wrong %s (confidence %.2f) in «%s»%n", c.file(), c.line(),
                        c.name(), finding.claim().id(), finding.confidence(), shorten(finding.quote())));
            }
        }
        out.printf("%n%d missed and %d wrong finding(s):%n%s", missed, wrong, details);
        TextFigures all = report.overall();
        boolean pass = all.precision() >= minPrecision && all.recall() >= minRecall;
        if (!pass) {
            out.printf("%nBelow the bar: precision %.3f (min %.3f), recall %.3f (min %.3f)%n", all.precision(),
                    minPrecision, all.recall(), minRecall);
        }
        return pass;
    }

    private static String shorten(String quote) {
        String line = quote.replaceAll("\\s+", " ");
        return line.length() <= 100 ? line : line.substring(0, 99) + "…";
    }

    private static void print(PrintWriter out, String language, Figures f) {
        out.printf("%-8s %9d %7.3f %7.3f %10.3f (%d/%d) %10.3f (%d/%d)%n", language, f.inScope() + f.outOfScope(),
                f.top1(), f.mrr(), f.abstentionPrecision(), f.abstainedRightly(), f.abstentions(),
                f.abstentionRecall(), f.abstainedRightly(), f.outOfScope());
    }

    private static void print(PrintWriter out, String language, TextFigures f) {
        out.printf("%-8s %6d %8d %10.3f (%d/%d) %10.3f (%d/%d)%n", language, f.texts(), f.labelled(), f.precision(),
                f.rightFindings(), f.findings(), f.recall(), f.foundLabelled(), f.labelled());
    }
}
