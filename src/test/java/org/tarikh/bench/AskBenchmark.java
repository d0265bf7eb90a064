package org.tarikh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tarikh.answer.Answerer;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Evaluation;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

/**
 * How fast the core is, as {@code tarikh ask} uses it: the time to build the index of the whole knowledge
 * base (the first build in a fresh JVM, then warm), and the latency of one answer (match and render) once
 * warm, over every question of the given files in turn. Run with {@code bench/ask.sh}.
 */
public final class AskBenchmark {
    private static final int WARM_BUILDS = 30;
    private static final int WARM_UP_ANSWERS = 30_000;
    private static final int MEASURED_ANSWERS = 100_000;

    public static void main(String[] args) throws Exception {
        Path knowledgeDir = Path.of(args[0]);
        List<String> questions = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, 1, args.length)) {
            Evaluation.read(Path.of(file)).forEach(c -> questions.add(c.question()));
        }

        long loadStart = System.nanoTime();
        KnowledgeBase knowledge = new KnowledgeLoader().load(knowledgeDir).knowledge();
        long loadNanos = System.nanoTime() - loadStart;
        long coldStart = System.nanoTime();
        Index index = Index.build(knowledge);
        long coldNanos = System.nanoTime() - coldStart;
        long[] builds = new long[WARM_BUILDS];
        for (int i = 0; i < WARM_BUILDS; i++) {
            long start = System.nanoTime();
            index = Index.build(knowledge);
            builds[i] = System.nanoTime() - start;
        }
        Arrays.sort(builds);

        Answerer answerer = new Answerer(new Matcher(index));
        int sink = 0;
        for (int i = 0; i < WARM_UP_ANSWERS; i++) {
            sink += answerer.answer(questions.get(i % questions.size())).reply().length();
        }
        long[] latencies = new long[MEASURED_ANSWERS];
        for (int i = 0; i < MEASURED_ANSWERS; i++) {
            long start = System.nanoTime();
            sink += answerer.answer(questions.get(i % questions.size())).reply().length();
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);

        System.out.printf("knowledge: %d claims, %d distinct questions in the loop (checksum %d)%n",
                knowledge.claims().size(), questions.size(), sink);
        System.out.printf("load and validate the knowledge files: %.1f ms%n", loadNanos / 1e6);
        System.out.printf("index build, first in this JVM: %.1f ms; warm median of %d: %.1f ms, max %.1f ms%n",
                coldNanos / 1e6, WARM_BUILDS, builds[WARM_BUILDS / 2] / 1e6, builds[WARM_BUILDS - 1] / 1e6);
        System.out.printf("answer latency over %d answers: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                MEASURED_ANSWERS, percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }
}
