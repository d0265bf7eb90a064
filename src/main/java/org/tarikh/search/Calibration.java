package org.tarikh.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@link Features} into a confidence: a logistic model, fitted by {@code tarikh calibrate} on labelled
 * questions and texts, so that a confidence of 0.9 means that about nine answers in ten given at that confidence
 * were right. A threshold is read off the fitted confidences for each {@link Kind} of answer, for a stated
 * precision: the answer to a question, a finding in a longer text, and the stricter auto mode of groups. Kept in {@code knowledge/calibration.yaml},
 * written by the command, never by hand.
 */
public record Calibration(double bias, double[] weights, Map<Kind, Threshold> thresholds) {
    public static final String FILE = "calibration.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Regularisation of the fit: enough to keep weights finite when a feature separates the examples. */
    private static final double RIDGE = 1e-2;
    private static final int ITERATIONS = 50;

    /** The kinds of answers, each with its own threshold; the examples of the first two give theirs. */
    public enum Kind {
        QUESTION, TEXT, AUTO;

        static Kind of(Features features) {
            return features.inText() ? TEXT : QUESTION;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A threshold and the precision it was read off for. */
    public record Threshold(double value, double precision) {
    }

    public Calibration {
        weights = weights.clone();
        thresholds = Map.copyOf(thresholds);
    }

    /** A model with no weights yet: every confidence 0.5, and nothing answered. For measuring features. */
    public static Calibration unfitted() {
        Map<Kind, Threshold> none = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            none.put(kind, new Threshold(1, 0));
        }
        return new Calibration(0, new double[Features.NAMES.size()], none);
    }

    public double threshold(Kind kind) {
        return thresholds.get(kind).value();
    }

    /** The threshold an answer with these features must reach. */
    public double thresholdFor(Features features) {
        return threshold(Kind.of(features));
    }

    /** The probability that a claim with these features is the right answer for its stretch of text. */
    public double confidence(Features features) {
        double z = bias;
        double[] x = features.vector();
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** One example for fitting: the best claim the matcher named for a stretch, and whether it was right. */
    public record Example(Features features, boolean right) {
    }

    /**
     * Fits the model by Newton's method (iteratively reweighted least squares, with a small ridge) and reads off
     * each kind's threshold, on that kind's examples, for its precision in {@code precisions}; auto mode's is the
     * highest of those read for its precision.
     */
    public static Calibration fit(List<Example> examples, Map<Kind, Double> precisions) {
        int n = Features.NAMES.size() + 1;
        double[] beta = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Example example : examples) {
                double[] x = withBias(example.features().vector());
                double p = sigmoid(dot(beta, x));
                double y = example.right() ? 1 : 0;
                for (int i = 0; i < n; i++) {
                    gradient[i] += (y - p) * x[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < n; i++) {
                gradient[i] -= RIDGE * beta[i];
                hessian[i][i] += RIDGE;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < n; i++) {
                beta[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        double[] weights = new double[n - 1];
        System.arraycopy(beta, 1, weights, 0, n - 1);
        Calibration model = new Calibration(beta[0], weights, unfitted().thresholds());
        Map<Kind, Threshold> thresholds = new EnumMap<>(Kind.class);
        double auto = 0;
        for (Kind kind : List.of(Kind.QUESTION, Kind.TEXT)) {
            List<Example> ofKind = examples.stream().filter(e -> Kind.of(e.features()) == kind).toList();
            thresholds.put(kind, new Threshold(model.threshold(ofKind, precisions.get(kind)), precisions.get(kind)));
            auto = Math.max(auto, model.threshold(ofKind, precisions.get(Kind.AUTO)));
        }
        thresholds.put(Kind.AUTO, new Threshold(auto, precisions.get(Kind.AUTO)));
        return new Calibration(beta[0], weights, thresholds);
    }

    /**
     * The threshold for a precision: the largest set of examples taken from the most confident down whose answers
     * are right at least {@code precision} of the time ends at some confidence; the threshold lies halfway between
     * it and the next confidence below, so that it marks the boundary the examples show rather than the exact
     * confidence of one of them.
     */
    double threshold(List<Example> examples, double precision) {
        List<double[]> scored = new ArrayList<>();
        examples.forEach(e -> scored.add(new double[] {confidence(e.features()), e.right() ? 1 : 0}));
        scored.sort(Comparator.comparingDouble((double[] s) -> -s[0]));
        int taken = 0;
        int right = 0;
        for (int i = 0; i < scored.size(); i++) {
            right += (int) scored.get(i)[1];
            boolean lastOfItsValue = i + 1 == scored.size() || scored.get(i + 1)[0] < scored.get(i)[0];
            if (lastOfItsValue && (double) right / (i + 1) >= precision) {
                taken = i + 1;
            }
        }
        if (taken == 0) {
            return 1; // no examples of this kind were right often enough: answer none
        }
        double lowestTaken = scored.get(taken - 1)[0];
        double highestLeft = taken < scored.size() ? scored.get(taken)[0] : 0;
        return (lowestTaken + highestLeft) / 2;
    }

    /** One band of the calibration table: the examples whose confidence fell in it, and how many were right. */
    public record Band(double from, double to, int examples, double meanConfidence, int right) {
        public double observedPrecision() {
            return examples == 0 ? 0 : (double) right / examples;
        }
    }

    public List<Band> table(List<Example> examples, int bands) {
        List<Band> table = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            double from = (double) b / bands;
            double to = (double) (b + 1) / bands;
            int count = 0;
            int right = 0;
            double sum = 0;
            for (Example example : examples) {
                double c = confidence(example.features());
                if (c >= from && (c < to || b == bands - 1)) {
                    count++;
                    sum += c;
                    right += example.right() ? 1 : 0;
                }
            }
            table.add(new Band(from, to, count, count == 0 ? 0 : sum / count, right));
        }
        return table;
    }

    /** Reads {@code calibration.yaml} from a knowledge folder. */
    public static Calibration load(Path knowledgeDir) throws IOException {
        Path file = knowledgeDir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IOException(file + " is missing: run `tarikh calibrate --write` to fit it on the evaluation sets");
        }
        JsonNode root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode weightsNode = root.path("weights");
        double[] weights = new double[Features.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            JsonNode value = weightsNode.get(Features.NAMES.get(i));
            if (value == null || !value.isNumber()) {
                throw new IOException(file + ": no weight for '" + Features.NAMES.get(i)
                        + "'; the matcher's features changed: run `tarikh calibrate --write`");
            }
            weights[i] = value.asDouble();
        }
        Map<Kind, Threshold> thresholds = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            JsonNode threshold = root.path("thresholds").path(kind.key());
            if (!threshold.path("threshold").isNumber()) {
                throw new IOException(file + ": no threshold for '" + kind.key() + "': run `tarikh calibrate --write`");
            }
            thresholds.put(kind, new Threshold(threshold.path("threshold").asDouble(), threshold.path("precision").asDouble()));
        }
        return new Calibration(weightsNode.path("bias").asDouble(), weights, thresholds);
    }

    /** The file's text: the model, the thresholds, and the calibration table as a comment for maintainers. */
    public String toYaml(List<String> fittedOn, List<Band> table) {
        StringBuilder out = new StringBuilder();
        out.append("# The matcher's confidence model, written by `tarikh calibrate --write`; do not edit by hand.\n");
        out.append("# See knowledge/README.md, \"Confidence\". Fitted on:\n");
        fittedOn.forEach(f -> out.append("#   ").append(f).append('\n'));
        out.append("#\n# confidence band   examples   mean confidence   observed precision\n");
        for (Band band : table) {
            out.append(String.format(Locale.ROOT, "#   %.1f-%.1f %14d %17.3f %20s%n", band.from(), band.to(),
                    band.examples(), band.meanConfidence(),
                    band.examples() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", band.observedPrecision())));
        }
        out.append("model: logistic\nweights:\n");
        out.append(String.format(Locale.ROOT, "  bias: %.6f%n", bias));
        for (int i = 0; i < weights.length; i++) {
            out.append(String.format(Locale.ROOT, "  %s: %.6f%n", Features.NAMES.get(i), weights[i]));
        }
        out.append("thresholds:\n");
        for (Kind kind : Kind.values()) {
            out.append(String.format(Locale.ROOT, "  %s:\n    threshold: %.6f\n    precision: %.3f\n", kind.key(),
                    threshold(kind), thresholds.get(kind).precision()));
        }
        return out.toString();
    }

    private static double[] withBias(double[] x) {
        double[] out = new double[x.length + 1];
        out[0] = 1;
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = Math.abs(m[row][row]) < 1e-12 ? 0 : sum / m[row][row];
        }
        return x;
    }
}
