package org.tarikh.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Calibration;
import org.tarikh.search.Evaluation;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

/**
 * The matching path against bare Lucene BM25, over the same claims in the same JVM, side by side: index build
 * (the first in the JVM, then warm), warm latency of one question (p50, p99, interleaved so that both see the same
 * machine state), one whole article (the new path checks it; bare BM25 searches each of its lines), and the heap
 * after a full GC holding the knowledge and each index. Bare BM25 is StandardAnalyzer over one field holding each
 * claim's texts, paraphrases and keywords, top 5. Run with {@code bench/match.sh}.
 */
public final class MatchBenchmark {
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 50_000;

    public static void main(String[] args) throws Exception {
        Path knowledgeDir = Path.of(args[0]);
        Path article = Path.of(args[1]);
        List<String> questions = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, 2, args.length)) {
            Evaluation.read(Path.of(file)).forEach(c -> questions.add(c.question()));
        }
        long heapEmpty = heapAfterGc();
        KnowledgeLoader.Result loaded = new KnowledgeLoader().load(knowledgeDir);
        if (!loaded.ok()) {
            // A file with problems is left out of the index, so the figures would be for fewer claims than asked.
            System.err.printf("%s has %d problem(s), first: %s%n", knowledgeDir, loaded.problems().size(),
                    loaded.problems().get(0));
            System.exit(1);
        }
        KnowledgeBase knowledge = loaded.knowledge();
        Calibration calibration = Calibration.load(knowledgeDir);
        long heapKnowledge = heapAfterGc();
        int builds = knowledge.claims().size() > 1000 ? 3 : 15;

        long start = System.nanoTime();
        Index index = Index.build(knowledge);
        double coldNew = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        Bare bare = new Bare(knowledge);
        double coldBare = (System.nanoTime() - start) / 1e6;
        double[] warmNew = new double[builds];
        double[] warmBare = new double[builds];
        for (int i = 0; i < builds; i++) {
            start = System.nanoTime();
            index = Index.build(knowledge);
            warmNew[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            bare = new Bare(knowledge);
            warmBare[i] = (System.nanoTime() - start) / 1e6;
        }
        Matcher matcher = new Matcher(index, calibration);

        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            String q = questions.get(i % questions.size());
            sink += matcher.match(q).findings().size() + bare.search(q);
        }
        long[] latencyNew = new long[MEASURED];
        long[] latencyBare = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            String q = questions.get(i % questions.size());
            start = System.nanoTime();
            sink += matcher.match(q).findings().size();
            latencyNew[i] = System.nanoTime() - start;
            start = System.nanoTime();
            sink += bare.search(q);
            latencyBare[i] = System.nanoTime() - start;
        }

        String text = Files.readString(article, StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        double[] articleNew = new double[40];
        double[] articleBare = new double[40];
        int findings = 0;
        for (int round = -10; round < articleNew.length; round++) {
            start = System.nanoTime();
            findings = matcher.match(text).findings().size();
            double tookNew = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            for (String line : lines) {
                sink += bare.search(line);
            }
            double tookBare = (System.nanoTime() - start) / 1e6;
            if (round >= 0) {
                articleNew[round] = tookNew;
                articleBare[round] = tookBare;
            }
        }

        bare = null;
        long heapWithNew = heapAfterGc();
        sink += matcher.match("keep").findings().size();
        matcher = null;
        index = null;
        bare = new Bare(knowledge);
        long heapWithBare = heapAfterGc();
        sink += bare.search("keep");

        System.out.printf("knowledge: %d claims, %d questions in the loop (checksum %d)%n", knowledge.claims().size(),
                questions.size(), sink);
        System.out.printf("%-40s %14s %14s%n", "", "matching path", "bare BM25");
        System.out.printf("%-40s %11.0f ms %11.0f ms%n", "index build, first in this JVM", coldNew, coldBare);
        System.out.printf("%-40s %11.0f ms %11.0f ms%n", "index build, warm (median of " + builds + ")",
                median(warmNew), median(warmBare));
        System.out.printf("%-40s %11.3f ms %11.3f ms%n", "question, warm p50", percentile(latencyNew, 0.50),
                percentile(latencyBare, 0.50));
        System.out.printf("%-40s %11.3f ms %11.3f ms%n", "question, warm p99", percentile(latencyNew, 0.99),
                percentile(latencyBare, 0.99));
        System.out.printf("%-40s %11.1f ms %11.1f ms%n", "whole article (median of 40)", median(articleNew),
                median(articleBare));
        System.out.printf("%-40s %14d %14s%n", "  findings in the article", findings, "-");
        System.out.printf("%-40s %11.0f MB %11.0f MB%n", "heap after GC: knowledge + index",
                heapWithNew / 1e6, heapWithBare / 1e6);
        System.out.printf("%-40s %11.0f MB%n", "  of which the knowledge itself", (heapKnowledge - heapEmpty) / 1e6);
    }

    /** Bare BM25: one document per claim, its texts, paraphrases and keywords in one StandardAnalyzer field. */
    private static final class Bare {
        private final IndexSearcher searcher;
        private final QueryBuilder builder = new QueryBuilder(new StandardAnalyzer());

        Bare(KnowledgeBase knowledge) throws Exception {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (Claim claim : knowledge.claims()) {
                    Document document = new Document();
                    claim.text().values().forEach(t -> document.add(new TextField("text", t, Field.Store.NO)));
                    claim.questions().values().forEach(qs -> qs.forEach(q -> document.add(new TextField("text", q, Field.Store.NO))));
                    claim.keywords().forEach(k -> document.add(new TextField("text", k, Field.Store.NO)));
                    writer.addDocument(document);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        }

        int search(String text) throws Exception {
            Query query = builder.createBooleanQuery("text", text, BooleanClause.Occur.SHOULD);
            return query == null ? 0 : searcher.search(query, 5).scoreDocs.length;
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
    }
}
