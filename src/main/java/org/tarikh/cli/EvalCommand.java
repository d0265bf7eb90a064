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
import org.tarikh.search.Matcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarikh eval FILE...}: how well the matcher answers labelled questions, and every miss. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures matching on tab-separated question<TAB>expected-id files ('-': must not answer).",
            "Prints top-1 accuracy, MRR, abstention precision and recall per language and overall, then every miss."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--min-top1", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when overall top-1 accuracy is below X.")
    double minTop1;

    @Option(names = "--min-abstain", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when overall abstention precision or recall is below X.")
    double minAbstain;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Answerer answerer = knowledge.loadAnswerer(spec.commandLine().getErr());
        if (answerer == null) {
            return 1;
        }
        List<Evaluation.Case> cases = new ArrayList<>();
        for (Path file : files) {
            cases.addAll(Evaluation.read(file));
        }
        Evaluation.Report report = new Evaluation(answerer.matcher()).run(cases);

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
        return pass ? 0 : 1;
    }

    private static void print(PrintWriter out, String language, Figures f) {
        out.printf("%-8s %9d %7.3f %7.3f %10.3f (%d/%d) %10.3f (%d/%d)%n", language, f.inScope() + f.outOfScope(),
                f.top1(), f.mrr(), f.abstentionPrecision(), f.abstainedRightly(), f.abstentions(),
                f.abstentionRecall(), f.abstainedRightly(), f.outOfScope());
    }
}
