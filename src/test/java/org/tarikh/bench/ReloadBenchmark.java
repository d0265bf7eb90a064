package org.tarikh.bench;

import org.tarikh.Fixture;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

/**
 * How long reloading the whole knowledge base takes in a running process (load, validate, index, swap), while
 * another thread keeps asking: how many questions it answered during the reloads, and the slowest answer.
 * Run with {@code bench/reload.sh}.
 */
public final class ReloadBenchmark {
    private static final int RELOADS = 20;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "knowledge");
        LiveAnswerer live = new LiveAnswerer(dir,
                new Answerer(Fixture.matcher(dir)));
        live.reload(); // the first reload in a JVM also loads classes; it is not counted

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        Thread asker = new Thread(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                if (live.get().answer("Is the Kazakh famine a myth?").claim().isEmpty()) {
                    throw new AssertionError("a question went unanswered during a reload");
                }
                slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                answered.incrementAndGet();
            }
        });
        asker.start();
        long[] reloads = new long[RELOADS];
        for (int i = 0; i < RELOADS; i++) {
            long start = System.nanoTime();
            if (!live.reload().ok()) {
                throw new AssertionError("the knowledge has problems; run tarikh validate");
            }
            reloads[i] = System.nanoTime() - start;
        }
        running.set(false);
        asker.join();
        Arrays.sort(reloads);
        System.out.printf("reload of %d claims: median %.0f ms, max %.0f ms over %d reloads; %d questions answered "
                        + "meanwhile by another thread, none missed, slowest %.1f ms%n",
                live.get().knowledge().claims().size(), reloads[RELOADS / 2] / 1e6, reloads[RELOADS - 1] / 1e6, RELOADS,
                answered.get(), slowest.get() / 1e6);
    }
}
