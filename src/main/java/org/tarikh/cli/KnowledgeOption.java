package org.tarikh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.tarikh.answer.Answerer;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.knowledge.Problem;
import org.tarikh.search.Calibration;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;
import picocli.CommandLine.Option;

/** The {@code --knowledge DIR} option shared by the commands, and loading what it names. */
public final class KnowledgeOption {
    @Option(names = {"-k", "--knowledge"}, paramLabel = "DIR",
            defaultValue = "${env:TARIKH_KNOWLEDGE:-knowledge}",
            description = "The knowledge folder (default: $TARIKH_KNOWLEDGE or ./knowledge).")
    Path dir;

    /** Loads and indexes the knowledge with its calibration, or prints the problems to {@code err} and returns null. */
    Answerer loadAnswerer(PrintWriter err) throws IOException {
        KnowledgeBase knowledge = load(err);
        Calibration calibration = knowledge == null ? null : calibration(err);
        return calibration == null ? null : answerer(knowledge, calibration);
    }

    /** The folder's calibration, or null with the reason printed to {@code err}. */
    Calibration calibration(PrintWriter err) {
        try {
            return Calibration.load(dir);
        } catch (IOException e) {
            err.println(e.getMessage());
            err.flush();
            return null;
        }
    }

    /** Loads the knowledge, or prints its problems to {@code err} and returns null. */
    KnowledgeBase load(PrintWriter err) throws IOException {
        KnowledgeLoader.Result result = new KnowledgeLoader().load(dir);
        if (!result.ok()) {
            result.problems().stream().map(Problem::toString).forEach(err::println);
            err.println(result.problems().size() + " problem(s) in " + dir + "; run `tarikh validate` after fixing them.");
            err.flush();
            return null;
        }
        return result.knowledge();
    }

    static Answerer answerer(KnowledgeBase knowledge, Calibration calibration) {
        return new Answerer(new Matcher(Index.build(knowledge), calibration));
    }
}
