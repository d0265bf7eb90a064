package org.tarikh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.tarikh.answer.Answerer;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Calibration;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;

/**
 * The tests' small knowledge folder (three claims; see its README) and what is built from it. Its calibration was
 * fitted on its own labelled questions, with the same command as the real one's.
 */
public final class Fixture {
    public static final Path DIR = Path.of("src/test/resources/fixture");

    private Fixture() {
    }

    public static KnowledgeBase knowledge() {
        return load(DIR);
    }

    public static Matcher matcher() {
        return matcher(DIR);
    }

    public static Answerer answerer() {
        return new Answerer(matcher());
    }

    /** The matcher of any knowledge folder, with its calibration. */
    public static Matcher matcher(Path dir) {
        try {
            return new Matcher(Index.build(load(dir)), Calibration.load(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KnowledgeBase load(Path dir) {
        try {
            KnowledgeLoader.Result result = new KnowledgeLoader().load(dir);
            if (!result.ok()) {
                throw new IllegalStateException("the knowledge has problems: " + result.problems());
            }
            return result.knowledge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
