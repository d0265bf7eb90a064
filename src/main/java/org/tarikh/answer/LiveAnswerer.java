package org.tarikh.answer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.knowledge.Problem;
import org.tarikh.search.Calibration;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

/**
 * The answerer in service for a knowledge folder. A reload builds the new knowledge base and index off to the
 * side and swaps them in with one reference, so no question sees half of each; knowledge with problems is
 * refused and the last good one keeps serving.
 */
public final class LiveAnswerer implements Supplier<Answerer> {
    private static final Logger log = LoggerFactory.getLogger(LiveAnswerer.class);

    private final Path dir;
    private final AtomicReference<CompletableFuture<Answerer>> current;

    public LiveAnswerer(Path dir, Answerer first) {
        this(dir, CompletableFuture.completedFuture(first));
    }

    /** Serves {@code first} once it is built; until then a question waits for it. */
    public LiveAnswerer(Path dir, CompletableFuture<Answerer> first) {
        this.dir = dir;
        this.current = new AtomicReference<>(first);
    }

    /** The answerer to use for one whole reply. */
    @Override
    public Answerer get() {
        return current.get().join();
    }

    /**
     * Loads the folder again, with its calibration; swaps it in if it has no problems, else keeps serving and
     * returns them — also when the folder cannot be read at all (a file vanishing during a {@code git checkout}).
     */
    public synchronized KnowledgeLoader.Result reload() {
        long start = System.nanoTime();
        KnowledgeLoader.Result result;
        try {
            result = new KnowledgeLoader().load(dir);
        } catch (IOException | java.io.UncheckedIOException e) {
            result = new KnowledgeLoader.Result(get().knowledge(), List.of(new Problem(dir, 0,
                    "the knowledge folder could not be read: " + e.getMessage())));
        }
        Calibration calibration = null;
        try {
            calibration = Calibration.load(dir);
        } catch (IOException e) {
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.add(new Problem(dir.resolve(Calibration.FILE), 1, e.getMessage()));
            result = new KnowledgeLoader.Result(result.knowledge(), problems);
        }
        if (!result.ok()) {
            log.warn("reload refused, {} problem(s); still serving knowledge {}", result.problems().size(),
                    get().knowledge().version());
            result.problems().stream().map(Problem::toString).forEach(line -> log.warn("reload: {}", line));
            return result;
        }
        current.set(CompletableFuture.completedFuture(
                new Answerer(new Matcher(Index.build(result.knowledge()), calibration))));
        log.info("reloaded {} claims (knowledge {}) in {} ms", result.knowledge().claims().size(),
                result.knowledge().version(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
