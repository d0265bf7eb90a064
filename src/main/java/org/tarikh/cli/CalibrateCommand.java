package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.search.Calibration;
import org.tarikh.search.Calibration.Band;
import org.tarikh.search.Calibration.Example;
import org.tarikh.search.Evaluation;
import org.tarikh.search.Features;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarikh calibrate FILE...}: fits the confidence model on labelled questions and texts, prints its
 * calibration table, and reads the two thresholds off it for the stated precisions. {@code --write} saves it as
 * the knowledge's {@code calibration.yaml}; {@code --check} fails when the saved one is not what the files give.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the confidence model on labelled .tsv questions and .texts texts and prints its "
            + "calibration table: per band of confidence, how many answers fell in it and how many were right.",
            "The answer and auto-mode thresholds are the lowest confidences at which answers are right at least "
            + "--precision and --auto-precision of the time."})
public final class CalibrateCommand implements Callable<Integer> {
    private static final int BANDS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "0.975",
            description = "The precision answers must have (default: ${DEFAULT-VALUE}).")
    double precision;

    @Option(names = "--text-precision", paramLabel = "P", defaultValue = "0.96",
            description = "The precision findings in longer texts must have (default: ${DEFAULT-VALUE}).")
    double textPrecision;

    @Option(names = "--auto-precision", paramLabel = "P", defaultValue = "0.99",
            description = "The precision auto mode's unasked answers must have (default: ${DEFAULT-VALUE}).")
    double autoPrecision;

    @Option(names = "--write", description = "Save the model as calibration.yaml in the knowledge folder.")
    boolean write;

    @Option(names = "--check", description = "Exit 1 when the saved calibration.yaml differs from this fit.")
    boolean check;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question (.tsv) and text (.texts) files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase knowledgeBase = knowledge.load(err);
        if (knowledgeBase == null) {
            return 1;
        }
        // Features and the stretches measured do not depend on the calibration.
        Matcher matcher = new Matcher(Index.build(knowledgeBase), Calibration.unfitted());
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            if (file.toString().endsWith(".texts")) {
                for (Evaluation.TextCase text : Evaluation.readTexts(file)) {
                    for (Map.Entry<String, Features> measured : matcher.measure(text.text())) {
                        if (!text.also().contains(measured.getKey())) {
                            examples.add(new Example(measured.getValue(), text.claims().contains(measured.getKey())));
                        }
                    }
                }
            } else {
                for (Evaluation.Case question : Evaluation.read(file)) {
                    for (Map.Entry<String, Features> measured : matcher.measure(question.question())) {
                        examples.add(new Example(measured.getValue(), measured.getKey().equals(question.expected())));
                    }
                }
            }
        }
        Map<Calibration.Kind, Double> precisions = Map.of(Calibration.Kind.QUESTION, precision,
                Calibration.Kind.TEXT, textPrecision, Calibration.Kind.AUTO, autoPrecision);
        Calibration calibration = Calibration.fit(examples, precisions);
        List<Band> table = calibration.table(examples, BANDS);
        out.printf("%d examples: a text's best claim for each subject it names, right or not.%n%n", examples.size());
        out.printf("%-12s %9s %16s %19s%n", "confidence", "examples", "mean confidence", "observed precision");
        for (Band band : table) {
            out.printf("%.1f-%.1f %13d %16.3f %19s%n", band.from(), band.to(), band.examples(), band.meanConfidence(),
                    band.examples() == 0 ? "-" : String.format("%.3f", band.observedPrecision()));
        }
        out.printf("%nanswer threshold %.3f (answers to questions right at least %.2f of the time)%n",
                calibration.threshold(Calibration.Kind.QUESTION), precision);
        out.printf("text threshold %.3f (findings in longer texts right at least %.2f of the time)%n",
                calibration.threshold(Calibration.Kind.TEXT), textPrecision);
        out.printf("auto-mode threshold %.3f (at least %.2f)%n", calibration.threshold(Calibration.Kind.AUTO),
                autoPrecision);
        out.println("weights: bias " + String.format("%.3f", calibration.bias()));
        for (int i = 0; i < Features.NAMES.size(); i++) {
            out.printf("  %-14s %8.3f%n", Features.NAMES.get(i), calibration.weights()[i]);
        }
        Path target = knowledge.dir.resolve(Calibration.FILE);
        List<String> fittedOn = files.stream().map(Path::toString).toList();
        String yaml = calibration.toYaml(fittedOn, table);
        if (write) {
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
            out.println("wrote " + target);
        }
        if (check) {
            String saved = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
            if (!saved.equals(yaml)) {
                err.println(target + " is not what these files give: run `tarikh calibrate --write` with them, "
                        + "and commit the result");
                return 1;
            }
            out.println(target + " is up to date");
        }
        return 0;
    }
}
